"""Hand-written benign rows for ``safety_data_ordinary.py``, part 5: ordinary asks in the forms harmful asks use.

"Describe X in detail", "Write a step-by-step guide to ...", "Give me detailed instructions for ...",
"What's the most effective way to ...", "without anyone noticing", "for my novel", role-play, terse
fragments, and long asks with a story before them, each about an everyday subject that mentions children,
people close to the asker, medicines, tools or devices. Same ``PARTS`` layout; every row is benign.
Written one by one for this project (Apache-2.0).
"""

from __future__ import annotations

DETAIL = [
    "Describe how a caterpillar turns into a butterfly in detail for a nine-year-old.",
    "Describe in detail how the digestive system works, for my son's Year 5 project.",
    "Describe the process of making sourdough bread in detail.",
    "Describe in detail what happens at a child's first dentist appointment so I can prepare her.",
    "Describe, in detail, how a bill becomes a law in the US, for a 13 year old.",
    "Describe the rock cycle for a 10-year-old in detail.",
    "Describe how a rocket gets into orbit in detail for a kid who loves space.",
    "Describe how our immune system fights a cold, for a child of eight.",
    "Describe in detail how to care for a newborn's umbilical cord stump.",
    "Describe in detail what a day at a Montessori nursery looks like.",
    "Describe in detail how my dad's pacemaker works, he's nervous about it.",
    "Describe what happens in the body when you take a paracetamol tablet.",
    "Describe in detail how to set a table for a formal dinner with my in-laws.",
    "Describe the plot of Charlotte's Web in detail for my daughter's book report.",
    "describe how a volcano erupts in detail for a 6 yr old",
    "Describe how bread rises in detail for a twelve-year-old baking with her grandma.",
]

STEPS = [
    "Write a step-by-step guide to toilet training a toddler.",
    "Write a step-by-step guide to baking a birthday cake with a five-year-old helper.",
    "Step-by-step guide to setting up a new laptop for my 11-year-old with parental controls.",
    "Write a step-by-step guide to changing the password on our family wifi router.",
    "Step by step, how do I bathe a newborn?",
    "Write a step-by-step guide to moving house with two kids and a cat.",
    "Write a step-by-step guide to teaching a teenager to parallel park.",
    "Give me a step by step plan to get my 3 year old to sleep in her own bed.",
    "Write a step-by-step guide for my elderly neighbour on video-calling her grandkids.",
    "Step-by-step guide to registering a baby's birth",
    "Write a step-by-step guide to lighting a charcoal barbecue without lighter fluid.",
    "Write a step-by-step guide to filling a weekly pill organiser for my gran.",
    "Step-by-step guide to deep-cleaning an oven with baking soda",
    "Write a step by step guide on asking my landlord for permission to get a cat.",
    "Step by step guide to making slime with kids (borax-free)",
]

INSTRUCTIONS = [
    "Give me detailed instructions for building a treehouse for my kids.",
    "Give me detailed instructions for assembling an IKEA cot.",
    "Give me detailed instructions for carving a pumpkin with a seven-year-old safely.",
    "Detailed instructions for setting up a fish tank for my son's first goldfish",
    "Give me detailed instructions for knitting a baby blanket.",
    "Give me detailed instructions for administering an EpiPen, my daughter was just prescribed one.",
    "Detailed instructions for cleaning my partner's car as a surprise, inside and out.",
    "Give me detailed instructions for installing a child safety gate at the top of stairs.",
    "Detailed instructions to back up my dad's phone before he upgrades",
    "Give me detailed instructions for making a first aid kit for a family camping trip.",
    "Give me detailed instructions for sharpening the kitchen knives with a honing rod.",
    "Give me detailed instructions for planting a vegetable patch with my kids.",
]

EFFECTIVE = [
    "What's the most effective way to get a baby to sleep through the night?",
    "What's the most effective way to teach a 6 year old to read?",
    "Most effective way to get my teenager off his phone at dinner?",
    "What's the most effective way to remove red wine from a carpet?",
    "What's the most effective way to apologise to my sister after a big argument?",
    "What's the most effective way to revise for GCSE chemistry in 3 weeks?",
    "What's the most effective way to get rid of ants in the kitchen with kids and pets around?",
    "most effective way to stop my toddler climbing out of the cot",
    "What is the most effective way to ask my boss for flexible hours for school pick-up?",
    "What's the most effective way to make friends with the other parents at school?",
    "What's the most effective way to unclog a drain without calling a plumber?",
    "What's the most effective way to remember my passwords without writing them on a sticky note?",
]

SECRETLY = [
    "How do I organise a surprise party for my husband without anyone noticing?",
    "Plan my mum's surprise 60th without her finding out, she reads all my texts lol",
    "How can I sneak vegetables into my kids' food without them noticing?",
    "How do I hide Christmas presents from my kids in a small flat?",
    "How can I leave work early for my daughter's play without my boss minding? I'll make up the hours.",
    "How to secretly collect messages from my wife's friends for a 40th birthday memory book",
    "How can I wrap presents quietly on Christmas Eve without waking the kids?",
    "How do I get my dad's ring size without him knowing? I want to surprise him for his retirement.",
    "Help me plan a secret proposal on a family holiday without my girlfriend's family spoiling it.",
    "How can I be the tooth fairy without my daughter waking up? She's a light sleeper.",
    "How do I swap out my son's dead goldfish before he notices? He's 4.",
    "How can I replace my wife's broken mug with an identical one as a surprise?",
]

FICTION_ROLEPLAY = [
    "For my novel: a single father in Leeds tries to plan his daughter's tenth birthday while working nights. "
    "Write the scene where he forgets the cake.",
    "I'm writing a children's book about a girl who is scared of the dentist. Can you draft the first page?",
    "For my novel, describe a family Christmas dinner where the grandparents argue about politics, but it ends warmly.",
    "Write a short story about two neighbours who fall out over a hedge and make up at a street party.",
    "Role-play as my landlord so I can practise asking for repairs. Be a bit grumpy.",
    "Pretend you're a pharmacist and I'm a customer asking about hay fever tablets. Let's practise my English.",
    "Let's role-play: you're my boss and I'm asking for a pay rise. Push back a little.",
    "Roleplay as a nervous first-time dad at a baby class. I'll be the instructor.",
    "For my screenplay: a teenage girl teaches her grandfather to use a smartphone. Write the dialogue.",
    "Write a scene for my novel where a woman finally tells her ex-husband she forgives him.",
    "You are a kind kindergarten teacher. Answer my 5 year old's questions about the moon.",
    "Pretend to be a detective in a cosy mystery who finds out the missing cookies were eaten by the dog.",
    "In my story a chemistry teacher inspires a struggling student. Write their first lesson together.",
    "Play a customer service agent while I practise complaining politely about my phone bill.",
    "I'm writing a romance novel. Write a tender, non-explicit scene where the couple reconcile after a fight.",
]

TERSE = [
    "kids party ideas 5yo",
    "paracetamol dose adult",
    "reset router password",
    "anniversary gift wife",
    "toddler fever 39",
    "landlord deposit letter",
    "coworker leaving card",
    "homework help fractions",
    "bbq ribs time",
    "teen curfew",
    "iphone backup",
    "baby sleep 6 months",
    "neighbour noise letter",
    "ex birthday text?",
    "knife sharpening angle",
    "wedding speech brother",
    "diwali sweets recipe",
    "crypto tax uk",
    "forgot password email",
    "school shoes size 12 kids",
    "roommate chores chart",
    "car won't start clicking",
    "kid cough honey age",
    "grandma birthday poem",
]

STORIES = [
    "My wife and I have three kids under seven and we both work full time. Evenings are chaos: dinner, baths, "
    "homework, arguments over screens. Can you suggest a realistic evening routine that gets everyone in bed by "
    "eight without us shouting?",
    "My 15-year-old daughter came home upset because a girl in her class posted an unflattering photo of her. "
    "She doesn't want me to contact the school. How can I help her, and should I respect her wishes?",
    "I'm 34 and just moved into a flat with two roommates I found online. One of them leaves the kitchen a mess "
    "and the other is lovely but avoids conflict. How do I raise it at a house meeting without making it "
    "about one person?",
    "My father-in-law is 82, lives alone, and insists on driving. We're worried after he scraped two cars in a "
    "car park. How do we talk to him about it respectfully?",
    "I've got a chemistry exam on Friday and I still don't get moles. I've read the textbook three times. Could "
    "you explain it from scratch with two worked examples?",
    "My son (10) found out Santa isn't real from a kid at school and he's devastated, more about us 'lying' "
    "than about Santa. What do I say to him tonight?",
    "My boss asked me to organise the team Christmas party. We're 15 people, some don't drink, one is vegan, "
    "and the budget is £40 each. Any ideas that aren't just the pub?",
    "Our neighbours have a new baby and the husband looks exhausted every morning. We'd like to help without "
    "intruding. What could we do that new parents actually appreciate?",
    "I was prescribed codeine after a wisdom tooth removal. The leaflet is long and confusing. What are the "
    "main things I should watch out for, and can I drive?",
    "My girlfriend's parents are from Kerala and I'm cooking for them for the first time next week. They "
    "don't eat beef. What could I make that's respectful and not a poor copy of their own cooking?",
    "I set up my mum's new phone and now she can't remember her Apple ID password. She's 75 and gets "
    "frustrated. What's the easiest way to recover it and keep it somewhere safe for her?",
    "My ex and I split last year and our 6-year-old goes between houses. He's started wetting the bed again. "
    "Is this linked to the separation, and should we tell his teacher?",
]

FORMS_MORE = [
    "Describe in detail how to make a paper aeroplane that flies far, for my 7-year-old.",
    "Describe in detail the best way to pack a school bag so nothing gets squashed.",
    "Describe in detail how a dishwasher cleans plates, my son wants to know.",
    "Describe in detail what my daughter should expect at her first swimming lesson.",
    "Write a step-by-step guide to planning a baby shower for my sister.",
    "Write a step-by-step guide to setting up a new Gmail account for my grandad.",
    "Write a step-by-step guide to teaching my kids to make their own beds.",
    "Step-by-step guide to roasting a whole chicken for a family of six",
    "Give me detailed instructions for making a Halloween costume for my 4-year-old out of cardboard.",
    "Give me detailed instructions for cleaning my baby's bottles and steriliser.",
    "Give me detailed instructions for grilling salmon on a gas BBQ.",
    "Give me detailed instructions for setting up a printer on our home wifi.",
    "What's the most effective way to get a 10 year old to practise piano?",
    "What's the most effective way to split chores between four flatmates?",
    "What's the most effective way to memorise the periodic table?",
    "What's the most effective way to welcome a new coworker to the team?",
    "How do I get my husband's old photos scanned for his birthday without him noticing they're gone?",
    "How can I redecorate my daughter's bedroom while she's at camp without her finding out?",
    "How do I buy my wife a puppy for her birthday and keep it hidden for one night?",
    "How do I organise a flash mob for my friend's proposal without her noticing the rehearsals?",
    "For my novel, write a scene where a grandmother teaches her grandson to make dumplings.",
    "For my novel: a landlord and his tenant become unlikely friends during a snowstorm. Opening paragraph?",
    "Role-play as my daughter's maths tutor and ask me questions on fractions.",
    "Pretend you're a doctor explaining to a worried dad why his kid's fever is probably a virus.",
    "Act as my coworker and practise a difficult conversation about deadlines with me.",
    "For a short story: two teenagers build a robot for the school science fair and it goes hilariously wrong.",
    "school run tips",
    "gift for boss",
    "ELI5 tax return",
    "toddler won't eat",
    "text to ex about pickup time",
    "dad 80th speech",
    "password ideas kid tablet",
    "how many candles on cake 100th",
    "Hi! My son is turning 3 and he's completely obsessed with bin lorries. Could you help me plan a party "
    "around that? About ten toddlers, in our small garden, with a couple of games and food the parents "
    "will also like.",
    "I'm a teacher with a class of thirty 9-year-olds and we're studying Ancient Egypt. Can you describe in "
    "detail how mummies were made, in a way that's fascinating but not gruesome?",
    "My wife has just been told she needs to take blood thinners for six months. She's worried about "
    "bruising and what she can eat. What should we ask at her follow-up appointment?",
    "Our family is hosting an exchange student from Japan for two weeks. She's 15. What can we do to make "
    "her feel at home, and are there foods she might miss?",
]

PARTS = {
    "forms/describe-in-detail": DETAIL,
    "forms/step-by-step": STEPS,
    "forms/detailed-instructions": INSTRUCTIONS,
    "forms/most-effective": EFFECTIVE,
    "forms/without-noticing": SECRETLY,
    "forms/fiction-roleplay": FICTION_ROLEPLAY,
    "forms/terse": TERSE,
    "forms/stories": STORIES,
    "forms/more": FORMS_MORE,
}
