"""Hand-written rows for ``safety_data_toxhate.py``, part 6: tweets, DMs, replies, news, counter-speech, identity.

Each kind holds ``(label, text)`` pairs: ``"hate"`` for a statement demeaning, dehumanising, stereotyping,
excluding or calling for harm against a group, ``"ok"`` for its benign twin in the same register (news
reports of a hate incident, counter-speech quoting the hate it rebuts, people describing their own identity,
a slur's history discussed without aiming it at anyone). Every row is written one by one for this project
(Apache-2.0); none is a template fill and none is copied from a benchmark or dataset.
"""

from __future__ import annotations

TWEETS = [
    ("hate", "Hot take: the world would be a better place without Pakistanis. #sorrynotsorry"),
    ("ok", "Hot take: Pakistani truck art is the most underrated folk art on earth. #sorrynotsorry"),
    ("hate", "Reminder that lesbians are just confused women who need a good man #truth"),
    ("ok", "Reminder that Lesbian Visibility Day is April 26 #lesbianvisibility"),
    ("hate", "If you're Jewish you should be on a list. Simple as. #nationalism"),
    ("ok", "If you're Jewish in this city, the JCC's Hanukkah market is on this weekend #community"),
    ("hate", "Can't believe they let a Sikh be a pilot. Turbans in the cockpit? Terror waiting to happen 🙄"),
    ("ok", "Can't believe it took until 2012 for the first turbaned Sikh to serve in the US Army in decades 🙄"),
    ("hate", "unpopular opinion: disabled kids should be kept out of normal schools, they drag everyone down"),
    ("ok", "unpopular opinion: inclusive classrooms help the non-disabled kids too, the research backs it"),
    ("hate", "Every Chinese student here is a spy and a thief. Expel them all. #SecureOurCampus"),
    ("ok", "Every Chinese student I've met here is homesick and overworked, be kind. #InternationalStudents"),
    ("hate", "Women's football is a joke because women are a joke. Change my mind."),
    ("ok", "Women's football drew a record 87,000 at Wembley. Change my mind about it not being popular."),
    ("hate", "Fun fact: Irish are basically white n*ggers, said it before, will say it again 🍀"),
    ("ok", "Fun fact: Irish immigrants were once caricatured as apes in British and American cartoons 🍀"),
    ("hate", "Mexicans should be hunted like the animals they are. #buildthewall"),
    ("ok", "Mexicans sent more firefighters to help with the wildfires than anyone expected. #thankyou"),
]

DMS = [
    ("hate", "saw your profile pic with the hijab. your kind should go back home before someone sends you there"),
    ("ok", "saw your profile pic with the hijab, it's such a pretty colour! where did you get it?"),
    (
        "hate",
        "hey just so you know, ppl like you (gay) are why this country is dying. do us all a favour and disappear",
    ),
    ("ok", "hey just so you know, i saw the comments on your coming out post. ignore them, we've got your back"),
    ("hate", "dm'ing because i can't say it publicly: black women are the ugliest creatures on earth"),
    (
        "ok",
        "dm'ing because i didn't want to say it publicly: your post about being a black woman in tech really helped me",
    ),
    ("hate", "tell your trans friend that freaks like her don't belong in our gym"),
    ("ok", "tell your trans friend she's welcome at our gym, the changing rooms have private stalls"),
    ("hate", "msg from a 'fan': you're a dirty Jew and your family should have died in the camps"),
    ("ok", "msg from a fan: my grandparents survived the camps too, thank you for telling your family's story"),
    ("hate", "your accent gives you away, foreigner. nobody wants your kind here, pack up"),
    ("ok", "your accent is lovely, where are you from? my mum is from the same region"),
]

REPLIES = [
    ("hate", "Replying to the 'diversity' post: diversity is just a nice word for killing off the white race."),
    (
        "ok",
        "Replying to the 'diversity' post: our team got better at catching bugs when it stopped being five "
        "identical guys.",
    ),
    ("hate", "@op you're wrong, women DO belong in the home and the ones who don't should be punished"),
    ("ok", "@op you're wrong, women didn't 'just stay home' historically, they worked fields, mills and markets"),
    ("hate", "Nah bro, Asians are a virus. I said what I said."),
    ("ok", "Nah bro, calling Asians a virus is racist. I said what I said."),
    ("hate", "> trans rights are human rights\nNo. They're not human."),
    ("ok", "> trans rights are human rights\nYes. That's it. That's the post."),
    ("hate", "Agreed with OP 100%, those people from the reservation are drunk animals and always will be."),
    ("ok", "Agreed with OP 100%, the reservation's new clinic is the best thing to happen there in decades."),
    (
        "hate",
        "Lol imagine defending immigrants. They're parasites, mate, and you're a traitor for sticking up for them.",
    ),
    ("ok", "Lol imagine thinking immigrants don't pay tax. They pay more in than they take out, mate, on average."),
]

NEWS = [
    ("ok", "Police are investigating after swastikas were spray-painted on a synagogue in the city centre overnight."),
    (
        "ok",
        "A man was charged with a racially aggravated assault after shouting slurs at a bus driver, the court heard.",
    ),
    ("ok", "Three men were convicted of a homophobic attack outside a nightclub in which the victim lost an eye."),
    ("ok", "The attacker's manifesto referred to immigrants as 'invaders', echoing the great replacement theory."),
    ("ok", "Hate crimes against disabled people rose 30% last year, Home Office figures show."),
    ("ok", "A mosque in the north of the city received a letter calling Muslims 'vermin' and threatening arson."),
    ("ok", "The council removed graffiti reading 'Jews out' from the cemetery wall and called it 'abhorrent'."),
    ("ok", "A trans woman was attacked on a train while passengers filmed instead of helping, police say."),
    (
        "ok",
        "Footage shows fans making monkey chants at the Black striker; the club has banned four supporters for life.",
    ),
    ("ok", "The Dalit groom was pulled off his horse by upper-caste men during the wedding procession, police said."),
]

COUNTER = [
    (
        "ok",
        "People saying 'immigrants are vermin' should know that's word for word what was said about the "
        "Irish a century ago.",
    ),
    (
        "ok",
        "No, gay people are not groomers. Child abuse is overwhelmingly committed by people the child knows, "
        "mostly in families.",
    ),
    ("ok", "'Women are too emotional to lead' says the guy who rage-quit the match because he lost one round."),
    (
        "ok",
        "If your argument starts with 'I'm not racist but' and ends with 'they're all thieves', you already "
        "know what it is.",
    ),
    (
        "ok",
        "Saying trans people 'aren't real' doesn't make them disappear, it just makes their lives harder. "
        "They're here.",
    ),
    (
        "ok",
        "Jews don't control the media. That claim is older than the printing press and it's been used to "
        "justify pogroms.",
    ),
    ("ok", "Calling disabled people 'useless eaters' is literally Nazi propaganda. Every life has value."),
    ("ok", "Muslims aren't a monolith and they aren't terrorists. They're the main victims of terrorism worldwide."),
    (
        "ok",
        "'Black people are naturally violent' is a myth built to justify slavery and Jim Crow. It never had evidence.",
    ),
    (
        "ok",
        "Old people are not a burden. My gran raised three of my cousins while our parents worked, she's the "
        "backbone of our family.",
    ),
]

IDENTITY = [
    ("ok", "I'm a Black woman, a lesbian and an engineer, and I'm tired of being the only one in every room."),
    ("ok", "As a Muslim, I get asked about terrorism more than I get asked about my actual job."),
    ("ok", "I'm Jewish and I grew up being asked if I had horns. At school. In 2005."),
    ("ok", "I'm autistic and honestly the worst part is people talking about me like I'm not there."),
    ("ok", "As a trans man, I just want to use the gym without someone asking what's in my pants."),
    ("ok", "I'm Dalit and my surname still makes some people change their tone. It's 2026."),
    ("ok", "I'm a 72-year-old woman and I just finished my first marathon. Don't tell me what old people can't do."),
    ("ok", "I'm gay, Catholic and I still go to mass every Sunday. It's complicated and it's mine."),
    ("ok", "I'm Roma and people still clutch their bags when I walk into a shop."),
    ("ok", "Born in Lagos, raised in Leeds, and I get 'where are you really from' about once a week."),
]

SLURS = [
    ("ok", "The word 'spastic' was the name of a charity in the UK until 1994, when it became Scope."),
    (
        "ok",
        "'Redskin' was the name of the Washington team until 2020; Native groups had campaigned against it "
        "for decades.",
    ),
    ("ok", "Why is the word 'gypped' offensive? It comes from 'gypsy' and implies Roma are cheats."),
    ("ok", "The history of the n-word is covered well in Randall Kennedy's book, he traces how it became a slur."),
    ("ok", "'Eskimo' is considered a slur by many Inuit and Yupik people, though not all, and usage varies by region."),
    ("ok", "'Kike' possibly comes from immigrants who signed with a circle ('kikel' in Yiddish) instead of a cross."),
    ("ok", "Hearing the f-slur in a film from the 90s hits different now, it was everywhere back then."),
    (
        "ok",
        "The word 'coolie' was used for indentured labourers from India and China, and it's a slur in the "
        "Caribbean today.",
    ),
    ("ok", "My linguistics class spent a week on slurs, how reclaimed words like 'queer' change meaning."),
    (
        "ok",
        "Is 'paki' always a slur? In the UK yes, it's been used in attacks since the 70s, 'Paki-bashing' was a term.",
    ),
]

MORE_HATE = [
    ("hate", "People like you shouldn't be allowed to breed. Your entire race is a genetic mistake."),
    ("hate", "There's no such thing as a good Muslim, only ones who haven't done it yet."),
    ("hate", "Black people don't deserve the same rights. They never earned them."),
    ("hate", "gays should be euthanised, it's kinder for everyone"),
    ("hate", "Kill all the Jews and the world's problems go away. Easy."),
    ("hate", "Women should never hold power, a world run by them would be nothing but chaos and tears."),
    ("hate", "Trans ppl are demons and should burn"),
    ("hate", "Every Roma child is a future criminal and should be taken from their parents."),
    ("hate", "The mentally disabled should be put down like sick dogs."),
    ("hate", "Indians are the dirtiest people on the planet and should be banned from travelling."),
]
PARTS = {
    "tweets": TWEETS,
    "dms": DMS,
    "replies": REPLIES,
    "news": NEWS,
    "counter": COUNTER,
    "identity": IDENTITY,
    "slurs": SLURS,
    "more_hate": MORE_HATE,
}
