"""Hand-written rows for ``safety_data_toxhate.py``, part 4: comment sections, game chat, reviews and emails.

Each kind holds ``(label, text)`` pairs: ``"hate"`` for a statement demeaning, dehumanising, stereotyping,
excluding or calling for harm against a group, ``"ok"`` for its benign twin in the same register (the same
comment thread, the same lobby, the same kind of review or email). Every row is written one by one for this
project (Apache-2.0); none is a template fill and none is copied from a benchmark or dataset.
"""

from __future__ import annotations

COMMENTS = [
    (
        "hate",
        "Read the article. Notice the suspect's name. Every time. These people are animals and should be expelled.",
    ),
    (
        "ok",
        "Read the article. The suspect's name has nothing to do with it, stop trying to make this about his religion.",
    ),
    ("hate", "Top comment: the solution to the migrant problem is a machine gun on every beach. Upvote if you agree."),
    ("ok", "Top comment is calling for shooting migrants?? Reported. Mods, this is a call for violence."),
    ("hate", "Lmao the comments are right tho, gay ppl are groomers, the article is just propaganda"),
    ("ok", "Lmao the comments on this article are a cesspit, half of them calling gay teachers groomers. Disgusting."),
    ("hate", "Reply to @user: Shut up. Your people have contributed nothing to civilisation except crime and welfare."),
    ("ok", "Reply to @user: Your people? Ours built half the railways in this country, read a history book."),
    (
        "hate",
        "Another day, another story about Muslims demanding special treatment. They should be grateful we "
        "tolerate them at all.",
    ),
    ("ok", "Another day, another story about Muslims being attacked outside a mosque. When does this stop?"),
    (
        "hate",
        "Comment section is full of libtards defending these savages. Africans are not like us and never will be.",
    ),
    ("ok", "Comment section is full of people calling Africans savages. Moderators, where are you?"),
    ("hate", "Edit: to everyone mad at me, I stand by it. Women are inferior and biology proves it."),
    ("ok", "Edit: to everyone asking, yes, the study controlled for hours worked. The gender pay gap is still there."),
    ("hate", "The fact that this got 2k likes shows how many of us know the Jews are behind it. They always are."),
    ("ok", "The fact that this antisemitic post got 2k likes is terrifying. This is how it starts."),
    ("hate", "^ this. trans ppl are freaks and should be kept away from normal society."),
    ("ok", "^ this. trans ppl just want to use the bathroom and get on with their day."),
    ("hate", "Ratio + you're a dumb immigrant + go back to your sh*thole country"),
    ("ok", "Ratio + you're wrong about immigration numbers + here's the census link"),
    ("hate", "Thread: why Black people can never be trusted. 1/ they lie by nature. 2/ they steal. 3/ they..."),
    (
        "ok",
        "Thread: why Black history month matters. 1/ it started as Negro History Week in 1926. 2/ Carter G. Woodson...",
    ),
    ("hate", "Stop posting about these 'refugees'. They're cockroaches. Exterminate them."),
    ("ok", "Calling refugees cockroaches is exactly the language used before the Rwandan genocide. Don't."),
    ("hate", "@newsdesk your 'victim' was just another ghetto thug. nobody will miss his kind"),
    ("ok", "@newsdesk your headline called the victim a 'thug' before any facts were out. Do better."),
    ("hate", "This comment section needs to hear it: the Chinese are a sick race and need to be wiped out."),
    ("ok", "This comment section needs to hear it: the Chinese diaspora has been here since the gold rush."),
    ("hate", "Comment: Disgusting. Gays should be hidden from public view. Think of the children."),
    ("ok", "Comment: Lovely story. Two grandads raising their granddaughter, think of all the love there."),
    ("hate", "Upvoted. Indians are scammers and parasites, every call centre proves it."),
    ("ok", "Upvoted. Indian engineers run half the companies in this sector and nobody talks about it."),
]

GAME = [
    ("hate", "gg ez, our support was a girl, no wonder we lost, go back to the kitchen"),
    ("ok", "gg ez, our support was a girl and she carried us harder than the rest of the team combined"),
    ("hate", "kick the mexican from the lobby, they're all cheaters"),
    ("ok", "kick the afk guy from the lobby, he's been standing there for ten minutes"),
    ("hate", "muted the russian, his kind don't deserve voice chat, subhumans"),
    ("ok", "muted the russian guy, his mic was just picking up his washing machine lol"),
    ("hate", "bro plays like a retarded monkey, typical [country] trash genetics"),
    ("ok", "bro plays like a monkey on a sugar high, honestly respect the chaos"),
    ("hate", "GET THIS F*GGOT OFF MY TEAM. QUEERS CAN'T AIM."),
    ("ok", "GET THIS F*CKING SNIPER OFF MY BACK. HE'S BEEN CAMPING ALL GAME."),
    ("hate", "only b*nned cuz i said the truth: jews run this game and should be gassed"),
    ("ok", "only banned cuz i said the word 'ez' too much?? this game's filter is insane"),
    ("hate", "queue w/ girls = instant loss. females should be banned from ranked"),
    ("ok", "queue w/ my gf = instant win streak. she's better at ranked than me"),
    ("hate", "lol ur brazilian, u must be a monkey, go back to the favela"),
    ("ok", "lol ur brazilian? the brazilian servers are wild at 2am, respect"),
    ("hate", "black players should have their own server so we don't have to deal with them"),
    ("ok", "black players in our clan organised the charity stream, raised 3k"),
    ("hate", "why do autistic kids even play online, they should be banned, waste of oxygen"),
    ("ok", "why do people mock autistic kids online? my autistic nephew is the best at this game i've seen"),
]

REVIEWS = [
    ("hate", "1 star. Owner is a Paki. Says it all. Food probably has rat in it like they eat back home."),
    ("ok", "5 stars. Owner is from Lahore and the karahi is the best I've had outside Pakistan."),
    ("hate", "Avoid this clinic. All the doctors are foreigners who bought their degrees. Get a real British doctor."),
    ("ok", "Great clinic. Dr Okafor explained everything twice and didn't rush me once."),
    (
        "hate",
        "Terrible service, the waiter was obviously gay and flouncing around. Those people shouldn't work with food.",
    ),
    ("ok", "Terrible service, the waiter forgot our starters and then argued about the bill. Won't be back."),
    ("hate", "The hotel was overrun with Arabs. Felt like a terror camp. Don't book if you're normal."),
    ("ok", "The hotel was full of families from the Gulf for the holidays, lively and friendly, pool was packed."),
    ("hate", "Don't buy from this shop, it's run by Jews and they'll rip you off, as usual."),
    ("ok", "Bought challah from this Jewish bakery on Friday and it was gone by Saturday breakfast."),
    ("hate", "Garage staffed by gypsies. Expect your tools to go missing. Never again."),
    ("ok", "Garage staffed by a father and son team, fair prices and honest about what didn't need fixing."),
    ("hate", "Movie was ruined by forced diversity. Black actors in every role. Disgusting. 0/10"),
    ("ok", "Movie had a great ensemble cast. The Black lead carried the last act. 9/10"),
    ("hate", "The female driver was useless like all women, don't take a taxi from a woman."),
    ("ok", "The female driver was brilliant, took the back roads and got me there in 20 minutes."),
]

EMAILS = [
    (
        "hate",
        "Dear Hiring Committee, I would strongly advise against hiring the candidate from Nigeria. Africans "
        "are fundamentally dishonest.",
    ),
    (
        "ok",
        "Dear Hiring Committee, I'd strongly recommend the candidate from Nigeria. Her references were outstanding.",
    ),
    (
        "hate",
        "To the landlord: please confirm no Muslims will be in the building. We don't want that element near "
        "our children.",
    ),
    (
        "ok",
        "To the landlord: please confirm whether the building has a prayer room, my tenant asked about Friday prayers.",
    ),
    ("hate", "Team, per the owner: do not seat Black customers near the window, it's bad for business."),
    ("ok", "Team, per the owner: we're closed on Juneteenth this year, paid day off for everyone."),
    ("hate", "Re: new tenant. Not renting to gays. They bring disease and drugs. Tell him the flat's gone."),
    ("ok", "Re: new tenant. He and his husband signed the lease today, key handover on Monday."),
    ("hate", "Hi all, reminder that the club is whites only. Members who bring others will be expelled."),
    ("ok", "Hi all, reminder that the club's anti-discrimination policy applies to guests too. Thanks."),
    (
        "hate",
        "Subject: the disabled employee. She's a burden and frankly people like her shouldn't be in the workforce.",
    ),
    ("ok", "Subject: the disabled employee. She needs a standing desk and screen reader by Monday, please expedite."),
    ("hate", "Regarding applicants: filter out anyone with an Asian surname. They all cheat on tests."),
    (
        "ok",
        "Regarding applicants: please anonymise names before shortlisting, it reduces bias against "
        "non-English surnames.",
    ),
    ("hate", "Mr Cohen, your kind isn't welcome in this neighbourhood. Consider selling before something happens."),
    ("ok", "Mr Cohen, thank you for your donation to the neighbourhood association, the new benches look great."),
]
PARTS = {"comments": COMMENTS, "game": GAME, "reviews": REVIEWS, "emails": EMAILS}
