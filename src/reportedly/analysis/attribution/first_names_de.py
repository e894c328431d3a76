"""Common German first names by gender (round 16), so that "die Richterin" or "der 31-Jährige" does not
point back to someone of the other gender. Written by hand for this project (no external data); names
that are used for both genders ("Kai", "Andrea", "Toni", "Luca") are left out on purpose."""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from importlib import resources

FEMALE_NAMES_DE = frozenset(
    """claudia sabine petra monika susanne birgit stefanie katrin kathrin nicole annalena svenja franziska
    manuela christina heike gabriele karin renate ulrike doris brigitte barbara lena lea marie katharina anja
    silke kerstin tanja martina simone daniela ina ines jana melanie sandra bettina cornelia dorothee eva elke
    gisela hildegard ingrid irene johanna judith kirsten marion nadine nina regina ricarda saskia sigrid silvia
    ute verena yvonne malu sahra katja beatrix clara carola angelika anke antje astrid britta christiane
    dagmar edith friederike gudrun hanna hannelore helga ilse inge jutta karoline lara luise maren margot
    miriam natascha paula rita rosemarie sabrina ulla vanessa veronika waltraud wiebke annette annegret
    beate bärbel carmen elisabeth erika gerda grete hedwig henriette jasmin jessica josephine kristina
    leonie liane lisa magdalena mareike marlene marta martha mechthild melissa michaela nathalie patricia
    ramona rebecca romy roswitha sonja stephanie susann tatjana theresa tina ursula viola tamara anna""".split()
)
MALE_NAMES_DE = frozenset(
    """markus marcus thomas michael andreas stefan stephan christian peter klaus jürgen wolfgang hans karl
    heinz helmut gerhard günter günther horst dieter uwe frank jörg jens lars olaf friedrich armin hubertus
    robert christoph sebastian florian tobias matthias alexander daniel dirk holger ralf rolf bernd detlef
    dietmar manfred norbert rainer reinhard volker walter werner wilhelm hendrik henning ingo jan jonas
    lukas marco mario martin max maximilian moritz niklas oliver patrick philipp sven timo torsten thorsten
    ulrich winfried boris cem omid hubert joachim johannes josef karsten carsten kurt ludwig lothar otto paul
    sigmar gregor hermann heiko herbert erwin ernst georg gerd gustav hartmut harald heinrich jochen knut
    konrad lutz mathias nils reiner roland rüdiger siegfried theo till tim ulf wilfried berthold bodo
    burkhard claus achim alfred anton arnold axel benedikt björn david dominik egon elmar emil erich eugen
    fabian felix ferdinand fritz gunnar hannes jakob julian kilian leon marcel markus mathias malte niko
    norbert oskar pascal ralph rené richard rudolf steffen stephan sönke theodor thilo tilman ulrich vincent
    wolfram""".split()
)


@lru_cache(maxsize=1)
def mined_first_names() -> frozenset[str]:
    """S17: first names from GermEval 2014's person names (data/attribution/first_names.tsv, built by
    training/attribution_first_names.py): lower-cased, without accents, no gender."""
    text = resources.files("reportedly.data").joinpath("attribution/first_names.tsv").read_text("utf-8")
    return frozenset(line.split("\t", 1)[0] for line in text.splitlines() if line and not line.startswith("#"))


def fold(word: str) -> str:
    """Lower-cased, accents removed ("Joël" -> "joel"), the form of `mined_first_names`."""
    low = word.lower()
    if low.isascii():
        return low
    return "".join(c for c in unicodedata.normalize("NFD", low) if not unicodedata.combining(c))
