"""Hand-written rows for ``safety_data_toxhate.py``, part 1: race, ethnicity, nationality and religion.

Each kind holds ``(label, text)`` pairs: ``"hate"`` for a statement demeaning, dehumanising, stereotyping,
excluding or calling for harm against a group, ``"ok"`` for its benign twin about the same group in the same
register. Every row is written one by one for this project (Apache-2.0); none is a template fill and none is
copied from a benchmark or dataset.
"""

from __future__ import annotations

RACE = [
    ("hate", "black people are just naturally more violent, thats not racism its statistics"),
    ("ok", "black people are overpoliced in a lot of cities, thats not opinion its in the court data"),
    (
        "hate",
        "Every time I see a group of Asians driving I know the road is about to become a disaster. They "
        "can't drive, period.",
    ),
    ("ok", "Every time I see a group of Asian grandmas doing tai chi in the park at 7am I feel lazy lol"),
    (
        "hate",
        "These people breed like rabbits and live off welfare, and you all wonder why the neighbourhood went downhill.",
    ),
    (
        "ok",
        "These families moved in ten years ago and opened half the shops on the high street, and the "
        "neighbourhood got better.",
    ),
    ("hate", "honestly whites are a plague on this planet, the world would be better off without them"),
    ("ok", "honestly white folks in my town showed up for the vigil and that meant a lot to us"),
    ("hate", "Mexicans are all either cartel mules or lazy, doesn't matter which one you hire."),
    ("ok", "Mexican cooking has way more regional variety than most people realise, Oaxaca alone is a whole world."),
    ("hate", "Arabs don't belong in civilised countries, send every last one of them back to the desert."),
    ("ok", "Arabic has more speakers than most people guess, and the calligraphy is stunning."),
    ("hate", "gypsies steal, it's in their blood. lock your car if one of them is within a mile"),
    ("ok", "Roma people faced genocide in WWII and the word gypsy is considered a slur by many of them"),
    ("hate", "Native Americans had their chance and wasted it on casinos and booze, end of story."),
    ("ok", "Native American languages like Navajo were used as unbreakable codes in the Second World War."),
    ("hate", "Them slant-eyed ch*nks eat dogs and bring disease, keep them out of our restaurants."),
    (
        "ok",
        "Someone wrote ch*nk on the window of the Chinese restaurant on Elm St. Police are treating it as a "
        "hate crime.",
    ),
    ("hate", "Black ppl cant swim cant read cant keep a job lmao the trifecta"),
    ("ok", "Black swimmers like Simone Manuel broke barriers that segregated pools put up for decades"),
    ("hate", "I wouldn't rent to an Indian, the whole flat stinks of curry for years after they leave."),
    (
        "ok",
        "I rented to an Indian couple last year and they were the best tenants I've had. Also taught me to make dal.",
    ),
    ("hate", "africans are closer to apes than to people and that's just biology, look it up"),
    ("ok", "africa has more genetic diversity than the rest of the world combined, that's just biology, look it up"),
    ("hate", "Asians are soulless robots, good at maths and nothing else, no personality at all."),
    ("ok", "The 'Asians are good at maths' stereotype sounds like a compliment but it erases a lot of people."),
    ("hate", "If you let one black family move in, the rest of the street will be a ghetto in five years."),
    ("ok", "Redlining kept black families from buying on streets like ours for decades, the maps are still online."),
    ("hate", "Pakis are all groomers, every single one, and the police are too scared to say it."),
    ("ok", "The P-word was shouted at my dad every day at school in the 80s. He still flinches when he hears it."),
    ("hate", "Latinos are a disease spreading through our country and it's time we found the cure."),
    ("ok", "Latinos are the fastest growing group in our state and the school board finally hired bilingual staff."),
    ("hate", "wh1te tr4sh are inbred hicks who deserve to die out in their trailers"),
    ("ok", "The phrase white trash has a long classist history, there's a good book by Nancy Isenberg on it."),
    ("hate", "Aboriginal people can't handle alcohol or money, giving them either is a waste."),
    ("ok", "Aboriginal Australians have the oldest continuous cultures on earth, over 50,000 years."),
    ("hate", "Mixed race kids are mongrels, neither side wants them and for good reason."),
    ("ok", "As a mixed race kid I got asked 'what are you' constantly. Now I just say 'hungry'."),
]

NATION = [
    ("hate", "Immigrants are vermin crawling over our borders and we should treat them like it."),
    ("ok", "Immigrants crossing the Darien Gap face robbery, drowning and disease, and the numbers keep rising."),
    ("hate", "Polish builders are drunk thieves, never let one into your house."),
    ("ok", "Our Polish builder finished two weeks early and left the place spotless, can't recommend him enough."),
    ("hate", "the irish are a race of drunken potato-eating savages and always will be"),
    ("ok", "the irish famine killed about a million people and pushed another million to emigrate"),
    ("hate", "Refugees are rapists and parasites. Every one we let in is a ticking bomb."),
    ("ok", "Refugees in our town started a football club and now it's the biggest youth team in the county."),
    ("hate", "Romanians only come here to beg and pickpocket, deport the lot."),
    ("ok", "Romanian nurses kept our ward running through the pandemic and nobody thanks them."),
    ("hate", "Chinese people are a virus on the world, literally and figuratively."),
    ("ok", "Anti-Asian attacks in the US rose sharply in 2020 when people blamed Chinese people for the virus."),
    ("hate", "Somalis are pirates and terrorists by nature. There's no fixing that."),
    ("ok", "Somali poetry has such a strong oral tradition that the country's been called a nation of poets."),
    ("hate", "Illegals should be shot on sight at the border, save us the paperwork."),
    ("ok", "Illegal crossings at the border dropped last quarter, according to the agency's own figures."),
    ("hate", "Russians are subhuman orcs, every one of them deserves what's coming."),
    ("ok", "Plenty of Russians were arrested for protesting the war, it's not a monolith."),
    ("hate", "Foreigners are ruining this country. Keep Britain for the British and send the rest home in boats."),
    ("ok", "Foreigners make up a third of the NHS consultants in some regions, the workforce report says."),
    ("hate", "Haitians eat pets and bring voodoo and disease, no wonder nobody wants them"),
    ("ok", "Haiti was the first country founded by formerly enslaved people after a successful revolt"),
    ("hate", "Turks are barbarians, always have been. Keep them out of Europe."),
    ("ok", "Turkish coffee has UNESCO heritage status, and honestly it earned it."),
    ("hate", "Nigerians are all scammers, if your email has a Nigerian name just delete it."),
    ("ok", "Nigerian tech startups raised more funding than any other African country's last year."),
    ("hate", "Ukrainian women only come here to trap rich husbands, they're all gold diggers."),
    (
        "ok",
        "Ukrainian women ran half the volunteer logistics at the border crossings, the reporting on it is incredible.",
    ),
    ("hate", "The French are cowardly surrender monkeys who smell and can't fight, worthless as a people."),
    ("ok", "The French Resistance ran escape lines that saved thousands of Allied airmen."),
]

RELIGION = [
    ("hate", "Muslims are a cancer on the West and the only treatment is to cut them out."),
    (
        "ok",
        "Muslims fasting during Ramadan still show up to work, might be worth scheduling the team lunch after sunset.",
    ),
    ("hate", "The Jews control the banks and the media and they laugh at us while we pay for it."),
    (
        "ok",
        "The claim that Jews control the banks is an old antisemitic conspiracy theory going back to the "
        "Rothschild myths.",
    ),
    ("hate", "every mosque is a terrorist training camp, burn them down before they bomb us"),
    ("ok", "every mosque in our city opened its doors for the open-day weekend, went with my kids and it was lovely"),
    ("hate", "Hindus worship cows and rats because they're too primitive for real religion."),
    ("ok", "Hindus in our area celebrate Diwali with a huge lights festival, and the whole town comes."),
    ("hate", "Christians are brainwashed idiots who should be banned from voting."),
    ("ok", "Christians in Iraq and Syria have been displaced in huge numbers since 2003."),
    ("hate", "Sikhs are just Muslims with turbans and they're just as dangerous."),
    ("ok", "Sikhs have been attacked by people who mistook them for Muslims, which is awful either way."),
    ("hate", "Catholics are all paedophile-protecting sheep, no decent person would sit in a pew with them."),
    ("ok", "The Catholic abuse scandal reports are hard reading but survivors pushed for them for decades."),
    ("hate", "Never trust a Jew in business, they'll cheat you the moment you look away."),
    ("ok", "Never been to a Jewish wedding before this weekend. The hora is exhausting in the best way."),
    ("hate", "Islam is a death cult and every Muslim is a sleeper cell waiting for orders."),
    ("ok", "Islam has many schools of thought, Sunni and Shia are only the start of it."),
    ("hate", "Atheists have no morals, they're one bad day away from killing someone."),
    ("ok", "Atheists are still barred from public office in a few state constitutions, though it's not enforced."),
    ("hate", "Muzzies should be put on boats back to the sandpit they crawled out of."),
    ("ok", "My Muslim neighbours brought us food when my husband was in hospital. Haven't forgotten it."),
    ("hate", "jews are rats. the holocaust just didnt finish the job"),
    ("ok", "jews were compared to rats in Nazi propaganda films, that dehumanisation came before the killing"),
    ("hate", "Mormons are a brainwashed inbred cult, every one of them is creepy."),
    ("ok", "Mormon missionaries knocked on my door, we ended up chatting for an hour about football."),
    ("hate", "Buddhists pretend to be peaceful but they're all lazy beggars living off other people."),
    ("ok", "Buddhist monks in Myanmar led protests in 2007, the Saffron Revolution."),
    ("hate", "Women in hijabs are walking bombs and should be stopped at every door."),
    ("ok", "My sister started wearing a hijab at 16 and says it made her feel more herself."),
    ("hate", "the z*os run every government, every war is for them. wake up"),
    (
        "ok",
        "zionism is a political movement with many strands, and criticising a government isn't the same as "
        "antisemitism",
    ),
]

CALLS = [
    ("hate", "We need to round up every Muslim in this country and put them in camps until they leave."),
    (
        "ok",
        "We need to talk about the camps where Uyghur Muslims are held in Xinjiang, the satellite images are damning.",
    ),
    ("hate", "Black people should be barred from owning property in decent areas. Simple."),
    ("ok", "Black people were barred from owning property in many areas through covenants until 1948."),
    ("hate", "Time to take back our streets from the foreigners, by force if we have to. Who's in?"),
    ("ok", "Time to take back our streets from the litter. Community clean-up Saturday at 10, who's in?"),
    ("hate", "Kill every last one of those invaders and the country's fixed overnight."),
    ("ok", "Every last one of the refugee families in our program has housing now, a year of work paid off."),
    ("hate", "Jews shouldn't be allowed to hold office, they're loyal to another country."),
    ("ok", "Jews were barred from holding office in Britain until 1858, when Lionel de Rothschild took his seat."),
    ("hate", "No Asians should get into top universities, they cheat anyway. Cap them at zero."),
    ("ok", "The Harvard admissions case was about whether Asian applicants were capped unfairly."),
    ("hate", "Hang a few of them from the lamp posts and the rest will get the message and go back to Africa."),
    ("ok", "Lynching was used to terrorise black Americans, and Congress only made it a federal crime in 2022."),
    ("hate", "Arabs should be banned from flying, full stop, no exceptions."),
    (
        "ok",
        "Arab passengers were removed from a flight after someone heard them speaking Arabic, and the "
        "airline later apologised.",
    ),
    ("hate", "Deport all of them, even the ones born here. Blood is blood."),
    ("ok", "Deportations of people born here? That's not even legal, birthright citizenship is in the constitution."),
    ("hate", "If I ran the country, every mosque would be bulldozed and turned into a car park."),
    ("ok", "If I ran the council I'd turn the old car park into a community garden."),
]
PARTS = {"race": RACE, "nation": NATION, "religion": RELIGION, "calls": CALLS}

CASUAL = [
    ("hate", "lol another muslim on the news, bet he blew something up 💣"),
    ("ok", "lol another muslim on the news and it's for winning the baking show 🍰"),
    ("hate", "BLACKS RUIN EVERYTHING THEY TOUCH. EVERY CITY. EVERY TIME."),
    ("ok", "BLACK HISTORY MONTH EVENT AT THE LIBRARY TONIGHT. FREE ENTRY. BRING EVERYONE."),
    ("hate", "mexicans = rats with passports lmaooo"),
    ("ok", "mexicans in my class brought tamales for the end of term and i ate six lmaooo"),
    ("hate", "idk why we let chinks in, they spy for the CCP every one of them"),
    ("ok", "idk why people assume chinese students spy for the CCP, my roommate just wants to pass organic chem"),
    ("hate", "ngl jews are the real problem with everything, always have been 🤷"),
    ("ok", "ngl the jewish deli near work is the only reason i survive mondays 🤷"),
    ("hate", "Arabs r animals, lock them in cages lol"),
    ("ok", "Arabs r the reason we have algebra lol, al-Khwarizmi literally gave us the word algorithm"),
    ("hate", "africans are dumb as rocks, avg iq of a toddler. facts"),
    ("ok", "the average-IQ-by-country maps people share online come from a debunked dataset, fyi"),
    ("hate", "Indians smell like sh*t and can't be trusted with anything harder than a call center script"),
    (
        "ok",
        "Indians in our lab basically carried the whole grant application, the deadline was brutal and they "
        "pulled it off",
    ),
]
PARTS["casual"] = CASUAL
