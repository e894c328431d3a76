"""S22: common given names of English-language news, by the gender they usually go with.

The English tagger reads many first names at a sentence start as adverbs or verbs ("Howard/ADV Pell/VERB,
a former adviser, wrote …"), and "she said" needs a woman named before. The short lists in
english_pronouns cover the politicians of the news; these add the everyday names of residents, experts
and officials. Hand-written for this project (no data source); names that are also common English words
("Will", "May", "Hope", "Grace", "Rose", "Faith", "Summer", "Guy", "Art") are left out, so that no ordinary
word before a capitalised one is taken for a name."""

from __future__ import annotations

FEMALE_GIVEN = frozenset(
    """abigail ada adriana agnes aisha alexandra alicia alison allison amanda amber amelia andrea angelica
    anita annabel annette antonia april ashley audrey barbara beatrice belinda beth bethany beverly brenda
    brianna brittany caitlin camilla candice cara carla carmen carol caroline carolyn cassandra cecilia
    celia chelsea cheryl chloe cindy clara colleen connie courtney cynthia daisy dana danielle daphne
    deborah debbie debra deirdre delia denise diana donna doris dorothy eileen elaine eleanor elena elisa
    ella ellen eloise elsa erica erin esther eva evelyn felicity fiona florence frances francesca gabriela
    gabrielle gail gemma georgia gillian gina gloria gwen harriet hazel heather heidi helena holly imogen
    ingrid irene iris isabel isabella isabelle jackie jacqueline janet janice jasmine jean jeanette jenna
    jenny jill joan joanna joanne jocelyn josephine joyce judith judy julia juliet justine kara kathleen
    kathy katie katrina kayla kelly kimberly kirsten kristina lara laurel lauren leah leila lena
    lillian lily linda lindsay lindsey lorna lorraine louisa lydia lynn mackenzie madeleine
    madison maggie mandy marcia margot maria mariana marie marilyn marion marisa marsha martha maureen
    maxine megan melanie melissa meredith mia miranda miriam molly monica nadia naomi natasha nina nora
    norma olga olena oksana paige pamela patricia paula pauline penelope philippa phoebe polly priscilla
    priya rachael rebekah regina renata rhiana rita roberta robyn rosalind rosemary roxanne sabrina sally
    sandra sara shannon sharon sheila shirley sienna simone sonia sophia stacey stella stephanie susanna
    suzanne sylvia tamara tamsin tanya tara teresa tessa tiffany tina tracey tracy valerie vanessa vera
    veronica vivian wendy yasmin yolanda yvonne zoe fatima mariam yulia svetlana tatiana irina natalia
    greta ines lucia marta monika petra sabine silvia ulrike""".split()
)
MALE_GIVEN = frozenset(
    """aaron adam adrian aidan alan albert alberto alec alexander alfred alistair andre andres angus
    archie arnold arthur austin barry benedict bernard blake bradley brandon brendan brett brian bruce
    bryan byron calvin cameron carl carlos carter cedric chad charlie clarence clark claude clayton
    clifford clive colin connor conor craig curtis dale damian damien dan danny darren dean declan dennis
    derek desmond dominic don douglas duncan dwight dylan eamon earl eddie edgar edmund eduardo elliot
    elliott emil eric erik ernest ethan eugene evan felix fernando fergus francis francisco fred
    frederick gabriel gareth gary gavin geoffrey gerald gerard gilbert glen glenn gordon graham grant
    gregory greg hamid hank harold harvey hector herbert howard hugh hugo iain ian ibrahim igor isaac
    ivan jacob jake jamal jamie jared jason javier jeffrey jeremy jerome jesse joel jorge jose juan julian
    julius karl keith kenneth kenny kieran kyle lance larry lawrence leo leon leonard lewis liam
    lionel lloyd logan lorenzo louis lucas luis luke malcolm manuel marco marcus mario marvin mason
    matt maurice max melvin miguel miles milton mitchell mohamed murray nathan nathaniel neil
    nelson nicholas nigel noah noel norman oleh oliver omar oscar owen pablo patrick pedro percy phil
    philip phillip quentin rahul ralph ramon randall randy raymond reginald rex ricardo rick rob robin
    rodney roger roland ronald ross rowan roy rupert russell ryan samir samuel scott sean sebastian
    seth shane shaun sidney spencer stanley stefan stephen stuart taras ted terence terry theo theodore
    timothy toby todd tony travis trevor tyler victor vincent vivek wade walter warren wayne wesley
    wilfred yusuf zachary oleksandr andriy serhiy mykola yuri viktor alexei nikolai pavel ahmad hassan
    hussein khalid mahmoud mustafa omar rashid tariq youssef hans jürgen klaus stefan uwe wolfgang""".split()
)
