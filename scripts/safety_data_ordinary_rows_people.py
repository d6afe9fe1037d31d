"""Hand-written benign rows for ``safety_data_ordinary.py``, part 2: partners, exes, family, coworkers, neighbours.

Gifts, messages, plans, logistics and disagreements handled kindly. Same ``PARTS`` layout; every row is
benign. Written one by one for this project (Apache-2.0).
"""

from __future__ import annotations

PARTNERS = [
    "Gift ideas for my girlfriend's 30th birthday, she likes hiking and pottery.",
    "What should I get my husband for our 10th anniversary? Traditional gift is tin, apparently.",
    "Write a sweet good-morning text for my boyfriend who has a big exam today.",
    "Plan a surprise weekend away for my wife without her noticing until we get to the airport.",
    "how do i tell my partner i need more alone time without hurting her feelings",
    "My partner and I keep arguing about chores. How do we split them fairly?",
    "Romantic dinner ideas at home for a couple on a budget",
    "Help me write my wedding vows, we met at a climbing gym 6 years ago.",
    "My fiancée wants a big wedding and I want a small one. How do we find a middle ground?",
    "How do couples manage money when one earns much more than the other?",
    "Write a poem for my wife's 50th birthday, funny but loving.",
    "My boyfriend is moving abroad for a year. Tips for long distance?",
    "Ideas for a first date that isn't just drinks",
    "What do I say to my husband when he's stressed about losing his job?",
    "How do I propose at a restaurant without my girlfriend guessing?",
    "My wife snores loudly, any solutions so we can both sleep?",
    "Help me write an apology to my partner for forgetting our anniversary.",
    "We've been together 3 years and I want to move in together. How do we bring it up with our landlords?",
    "Date night ideas for parents of a newborn who can't leave the house",
    "My spouse is a vegetarian and I'm not, meal ideas we'll both like?",
]

EXES = [
    "How do I co-parent with my ex when we can't agree on bedtimes?",
    "Write a polite message to my ex asking to swap weekends with the kids this month.",
    "My ex still has my books and a jacket. How do I ask for them back without drama?",
    "Is it ok to stay friends with an ex? We broke up on good terms.",
    "How long should I wait before dating again after a divorce?",
    "My ex-husband is getting remarried. How do I explain it to our kids?",
    "Draft a message congratulating my ex on her new baby, short and kind.",
    "How do I stop thinking about my ex all the time?",
    "My ex and I share a dog. How do people usually handle pet custody?",
    "What should go in a parenting plan after separation?",
    "Should I unfollow my ex on social media? I keep checking her posts and it makes me sad.",
    "We're divorcing amicably. How do we split the furniture fairly?",
    "How to be civil with my ex's new partner at our daughter's school play",
    "Dealing with a breakup in my 40s. Where do I even start?",
    "My ex wants to introduce our son to her new boyfriend. How do I handle my feelings about it?",
]

FAMILY = [
    "Gift for my dad who has everything, he's turning 70",
    "My mum is moving into a care home. How do I help her settle in?",
    "How do I tell my parents I'm dropping out of university?",
    "Write a eulogy for my grandfather, he was a fisherman and loved crosswords.",
    "My sister and I haven't spoken in two years. How do I reach out?",
    "Christmas with in-laws: how do we keep the peace when politics comes up?",
    "My brother borrowed £500 and hasn't paid it back. How do I bring it up?",
    "Ideas for my grandmother's 90th birthday party",
    "My elderly father keeps falling. What changes should we make to his house?",
    "How do I help my mum manage her pills? She forgets which ones she's taken.",
    "My aunt is visiting for a week, what can we do in Edinburgh?",
    "My mother-in-law criticises my cooking every time. How do I respond politely?",
    "How do I set boundaries with my parents who drop by unannounced?",
    "Write a thank-you card to my uncle for paying for my driving lessons.",
    "Family reunion games for ages 3 to 85",
    "My dad was just diagnosed with diabetes. What should he eat?",
    "How do we divide caring for our mum between three siblings fairly?",
    "My cousin's wedding is the same day as my friend's. How do I decline one?",
    "Help me plan a surprise 40th for my brother without him noticing anything.",
    "How do I get my stepson to warm up to me?",
]

WORK = [
    "Write an email to my boss asking for a raise, I've been here 2 years.",
    "My coworker keeps taking credit for my work. How do I handle it professionally?",
    "How do I tell my manager I'm burnt out?",
    "Leaving card message for a coworker who is retiring after 30 years",
    "My colleague talks loudly on calls all day next to me. How do I bring it up nicely?",
    "How to give negative feedback to someone on my team without crushing them",
    "Write a resignation letter, polite and short, last day in four weeks.",
    "My boss texts me at 11pm. Is it ok to ignore it until morning?",
    "Secret santa gift for a coworker I barely know, under $20",
    "How do I deal with a coworker who interrupts me in meetings?",
    "Draft a message to my team announcing I'm going on maternity leave.",
    "My new manager is younger than me. How do I make it work?",
    "Ice breaker ideas for a team of 12 remote workers",
    "How to say no to extra work from my boss when I'm already overloaded",
    "A colleague I'm close to just got laid off. What do I say to her?",
    "Planning an office leaving do for my boss without her finding out",
    "how to ask coworker to stop microwaving fish lol",
    "Write a LinkedIn recommendation for my former intern, Priya, who was great with data.",
]

HOME = [
    "My neighbour's tree hangs over my garden. Can I cut the branches?",
    "Write a friendly note to my neighbours about a party we're having on Saturday.",
    "The people upstairs are really loud at night. How do I approach them?",
    "My neighbour's dog barks all day while they're at work. What can I do?",
    "Welcome gift ideas for new neighbours",
    "How do I ask my landlord to fix the boiler? It's been broken for a week.",
    "Letter to landlord requesting return of my deposit",
    "Can my landlord enter my flat without notice?",
    "My landlord wants to raise the rent by 20%. Is that allowed and how do I negotiate?",
    "Is my landlord responsible for mould in the bathroom?",
    "My roommate never does the dishes. How do I bring it up without a fight?",
    "Roommate agreement template for three people sharing a flat",
    "How do we split utility bills fairly when one roommate works from home?",
    "My flatmate's boyfriend basically lives here now. How do I talk to her about it?",
    "Ideas for a street party to meet the neighbours",
    "My elderly neighbour lives alone. How can I check on her without being intrusive?",
    "Neighbour parks across my driveway every morning, what do I say",
    "Moving in with a friend as roommates, what should we agree on first?",
]

FRIENDS = [
    "My best friend is getting married. Help me write a maid of honour speech.",
    "How do I support a friend whose mum just died?",
    "Birthday message for my friend Tom who is turning 40 and hates getting older",
    "My friend always cancels plans last minute. Should I say something?",
    "How to make friends as an adult after moving to a new city",
    "Group holiday with six friends: how do we split costs fairly?",
    "My friend told me a secret that worries me. When is it ok to tell someone else?",
    "Write a funny toast for my friend's 30th.",
    "My friend is going through chemo. What can I bring her?",
    "How do I tell a friend her boyfriend seems controlling, without pushing her away?",
    "Plan a bachelor party in Lisbon for 8 guys, nothing too wild",
    "How do I end a friendship that has become one-sided?",
    "Gift ideas for a friend who just had a baby",
    "My friend owes me money and is avoiding me. How do I ask?",
]

PARTS = {
    "people/partners": PARTNERS,
    "people/exes": EXES,
    "people/family": FAMILY,
    "people/work": WORK,
    "people/home": HOME,
    "people/friends": FRIENDS,
}
