"""Words for a person by where they come from: nationalities ("der Belgier") and people of a city or region
("der Hamburger"), epithets that stand for a person just named. Moved out of speakers.py in session 19."""

from __future__ import annotations

NATIONALITIES = frozenset(
    """belgier spanier franzose italiener brite amerikaner us-amerikaner russe ukrainer pole niederländer
    holländer österreicher schweizer türke grieche chinese japaner kanadier brasilianer argentinier portugiese
    schwede norweger däne finne iraner israeli kroate serbe ungar tscheche ire schotte engländer australier
    mexikaner inder kolumbianer katalane belarusse weißrusse georgier armenier ägypter marokkaner nigerianer
    südafrikaner südkoreaner nordkoreaner iraker syrer libanese palästinenser afghane pakistaner
    deutsche deutscher""".split()  # s26: "sagte die Deutsche" after "Kommissionspräsidentin Elena Marquardt"
)
"""Nationality nouns that stand for a person just named ("Vincent Kompany …, gab der Belgier zu")."""
DEMONYMS = frozenset(
    """hamburger berliner münchner kölner frankfurter stuttgarter düsseldorfer dortmunder bremer leipziger
    dresdner hannoveraner nürnberger bochumer mainzer augsburger regensburger freiburger heidelberger potsdamer
    magdeburger erfurter saarländer wiesbadener karlsruher mannheimer münsteraner bielefelder bonner aachener
    kieler rostocker wiener grazer salzburger linzer innsbrucker zürcher basler berner genfer luzerner bayer
    sachse schwabe franke hesse westfale rheinländer thüringer brandenburger tiroler kärntner steirer
    ostfriese pfälzer badener""".split()
)
"""S13: people from a city or region, epithets like nationalities in sports and regional news ("…, sagte der
Hamburger" after Alexander Zverev)."""
EPITHETS = NATIONALITIES | DEMONYMS


def nationality(stem: str) -> bool:
    """ "belgier", "franzosen" (a case form); s29: "berlinerin" (the feminine form: "kritisierte die Berlinerin"); s30:
    "portugiesin", "dänin", "französin" (the feminine of a noun in -e)."""
    return stem in EPITHETS or (stem.endswith("n") and stem[:-1] in EPITHETS) or (
        stem.endswith("in") and (stem[:-2] in EPITHETS or stem[:-2] + "e" in EPITHETS or stem == "französin"))


DEMONYMS_EN = frozenset(
    """american briton frenchman frenchwoman englishman englishwoman scot welshman welshwoman irishman irishwoman
    dutchman dutchwoman german italian spaniard australian canadian brazilian argentine russian ukrainian swede
    norwegian dane finn pole serb croat belgian austrian mexican kenyan nigerian japanese hungarian swiss czech slovak
    greek portuguese chinese indian""".split())
"""English nouns for a person by nationality, epithets for someone named before ("the Frenchman told reporters",
s29: "The 23-year-old Hungarian, who …, addressed her fans")."""
