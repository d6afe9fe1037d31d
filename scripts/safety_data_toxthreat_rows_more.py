"""Hand-written rows for ``safety_data_toxthreat.py``, part 3: game chat, obfuscation, cold and long messages.

Each kind holds ``(label, text)`` pairs: ``threat`` or ``self_harm`` for the toxic row, ``ok`` for its twin in
the same register (game and sports talk, starred profanity, firm boundaries, news and reporting, venting).
Every row is written one by one for this project (Apache-2.0); none is a template fill.
"""

from __future__ import annotations

GAME_SPORTS = [
    ("ok", "we destroyed them 5-0, absolute massacre"),
    ("threat", "we know which car is the ref's. he won't be driving it home tonight"),
    ("ok", "gg ez, we slaughtered their whole team in the first round"),
    ("threat", "gg. i got your IP, enjoy the swatting tonight"),
    ("ok", "i'm gonna murder the final boss tonight, wish me luck"),
    ("threat", "report me again and I'll find you irl, I know you're in Ohio"),
    ("ok", "report me again for 'throwing' lol, I was lagging, I'm in Ohio on hotel wifi"),
    ("threat", "uninstall or I dox your whole family, not joking"),
    ("ok", "uninstall and touch grass, you've been on for 14 hours"),
    ("ok", "our defense got slaughtered, coach is gonna kill us at practice"),
    ("threat", "coach, bench my son one more time and you'll need a new set of knees"),
    ("ok", "coach, bench my son if he keeps skipping practice, he needs to learn"),
    ("ok", "headshot headshot headshot, i'm a killing machine today"),
    ("threat", "enjoy the match, I'll be waiting by your car after. bring a helmet"),
    ("ok", "enjoy the match, I'll be waiting by the car after. bring a jacket, it gets cold"),
    ("ok", "they beat the living daylights out of us in the derby. brutal."),
    ("threat", "fans of that club should be beaten in the street, every one of them, starting saturday"),
    ("ok", "fans of that club should be banned from singing that song, it's tasteless"),
    ("ok", "bro we got bodied. 30 kills to 4. gonna cry"),
    ("threat", "you streamsniped me so now I'm going to stream-snipe your house. see you at 9"),
    ("ok", "you streamsniped me lmao. see you at 9 for the rematch"),
    ("ok", "i'm going to crush you at fantasy this week, your team is trash"),
    ("threat", "your team is trash and you're next. I'll crush your skull with a bat after the game"),
    ("ok", "support diff, I'm about to go berserk, ult on cooldown"),
    ("threat", "jungler diff. when I find your address you're getting ganked for real"),
    ("ok", "jungler diff. ff at 15 and let's queue again"),
    ("ok", "my team choked so hard I want to punch a wall. ok, going for a walk"),
    ("threat", "my teammate threw the game so I'm going to punch his face in at the LAN tomorrow"),
    ("ok", "we're going to demolish them at the tournament, trained all summer"),
    ("threat", "if we lose because of you, I'll cut the brake lines on your bus home"),
    ("ok", "if we lose because of the weather, I'm blaming the bus driver for being late, lol"),
    ("ok", "ref should be shot for that call 😤 (not literally chill)"),
    ("threat", "ref should be shot for that call and i've got the gun. section 114, tell him."),
    ("self_harm", "you're so bad at this game just kill yourself irl"),
    ("ok", "you're so bad at this game just play the tutorial lol"),
    ("self_harm", "bro uninstall life. go jump"),
    ("ok", "bro uninstall the game. go jump in the lake with us, it's 30 degrees"),
    ("self_harm", "noob. go drink bleach and log off forever"),
    ("ok", "noob. go drink water and log off for a bit, we'll carry you tomorrow"),
    ("self_harm", "hope u kill urself after this loss, u deserve it"),
    ("ok", "hope u sleep after this loss, u deserve rest"),
]

OBFUSCATED = [
    ("threat", "i'll k1ll y0u and y0ur wh0le f4mily"),
    ("ok", "i'll k1ll th1s c0ding ch4llenge, wh0le n1ght 4head"),
    ("threat", "I'm gonna s-t-a-b you"),
    ("ok", "I'm gonna s-t-a-y up all night"),
    ("threat", "u r d.e.a.d when i see u"),
    ("ok", "u r d.e.a.d wrong about that movie lol"),
    ("self_harm", "k.y.s"),
    ("ok", "k.i.s.s"),
    ("self_harm", "go k!ll urs3lf"),
    ("ok", "go ch!ll urs3lf, it's a game"),
    ("self_harm", "kil1 y0urself pls"),
    ("ok", "f*cking kill it out there tonight pls"),
    ("threat", "Gonna sh00t this place up tmrw, stay home"),
    ("ok", "Gonna sh00t some hoops tmrw, stay warm"),
    ("threat", "i'll f***ing end you"),
    ("ok", "i'll f***ing end this shift early, I'm so done"),
    ("threat", "b3at y0u t0 d34th, thats a pr0mise"),
    ("ok", "b3at y0u at ch3ss, thats a pr0mise"),
    ("threat", "m u r d e r. you. tonight."),
    ("ok", "m u r d e r mystery. tonight. costumes required."),
    ("self_harm", "h@ng ur$elf"),
    ("ok", "h@ng ur co@t on the hook"),
    ("ok", "this sh*t is killing me, my back hurts so bad"),
    ("ok", "f*** this week, I'm so angry I could scream"),
    ("ok", "holy s#!t we destroyed them lmaooo"),
    ("threat", "sh*t talk my girl again and i'll break ur f*ing jaw"),
    ("ok", "sh*t talk my team again and i'll block u lol"),
    ("self_harm", "st*rve urself, fatty. 0 cal till ur pretty"),
    ("ok", "st*rving, ordering food rn, anyone want fries"),
    ("self_harm", "d!e already. n0body w4nts u here"),
    ("ok", "d!ed laughing. n0body w4nts to follow that joke"),
]

BOUNDARIES_NEWS = [
    ("ok", "If you contact me again I will call the police. Do not come to my house."),
    ("threat", "If you contact her again I'll come to your house and you'll never talk again."),
    ("ok", "Stop texting me. I've saved every message and I'm filing for a restraining order."),
    ("threat", "Stop texting me or I'll come over and make sure you can't hold a phone."),
    ("ok", "If you keep parking in my space I will have the car towed, final warning."),
    ("threat", "If you keep parking in my space I'll set the car on fire with you sleeping in it."),
    ("ok", "You lay a hand on my kid again and I'm pressing charges. Full stop."),
    ("threat", "You lay a hand on my kid again and they'll never find your body. Full stop."),
    ("ok", "Police say the man threatened to 'burn the place down' before he was arrested outside the bar."),
    ("ok", "The senator received dozens of death threats after the vote, her office said Tuesday."),
    ("ok", "Court heard he texted 'I know where you live' to his ex-partner eleven times. He was convicted."),
    ("ok", "A teenager was charged after posting a threat to shoot up his high school; no weapons were found."),
    ("ok", "Moderators removed 300 comments telling the streamer to kill herself. Here's what the platform said."),
    ("ok", "Schools are training staff to spot veiled threats like 'don't come to school Friday'."),
    ("ok", "The judge granted a protective order after the landlord was recorded saying the tenant would 'regret it'."),
    ("ok", "How should I report a comment that said 'I know where your kids go to school'? It's on my page."),
    ("ok", "My ex sent 'enjoy your last weekend' and I'm scared. Does that count as a threat legally?"),
    ("ok", "Someone left a note saying it'd be a shame if my car got scratched. Should I call the police?"),
    ("ok", "I'm leaving. Don't follow me, don't call me, and don't show up at my work. I mean it."),
    ("threat", "I'm leaving, but I'll be back for you when you least expect it. Sleep with one eye open."),
    ("ok", "Any further harassment will be forwarded to our lawyer and to the police."),
    ("threat", "Any further complaints and we'll be forwarding your address to some friends who don't use lawyers."),
    ("ok", "Back off or I'm reporting you to HR. You've been warned twice."),
    ("threat", "Back off or I'll wait for you in the parking garage. You've been warned twice."),
    ("ok", "Researchers studied 10,000 tweets containing 'kill yourself' to see how platforms respond."),
    ("ok", "Article: the rise of 'kys' in game lobbies and what it does to teen players."),
]

VENT = [
    ("ok", "I'm so angry at my boss I could scream into a pillow for an hour"),
    ("threat", "I'm so angry at my boss I'm bringing a knife tomorrow. He won't humiliate anyone again."),
    ("ok", "my roommate ate my leftovers AGAIN. I'm furious. writing a passive aggressive note."),
    ("threat", "my roommate ate my leftovers again. next time I'm poisoning the whole fridge and watching."),
    ("ok", "my feet are killing me after that double shift"),
    ("ok", "this heat is murdering me, send ice"),
    ("ok", "I'll murder that pizza when I get home"),
    ("ok", "I'm gonna kill it at the gig tonight 🎸"),
    ("ok", "if the printer jams one more time I'm throwing it out the window"),
    ("threat", "if my neighbour plays music one more time I'm throwing him out the window"),
    ("ok", "my sister borrowed my dress without asking, I could strangle her (I won't, I love her)"),
    (
        "threat",
        "my sister borrowed my dress again. next time I'm holding a pillow over her face until she stops moving.",
    ),
    ("ok", "My ex is a liar and I hope karma catches up with him. I'm done. Blocking."),
    ("threat", "My ex is a liar and I'm going to be the karma that catches up with him. Tonight. I know his shift."),
    ("ok", "ugh, this traffic makes me want to drive into a wall"),
    ("ok", "I'm literally going to die if I have to sit through another budget meeting"),
    ("ok", "my kids are driving me insane today, hiding in the pantry with chocolate"),
    ("ok", "I hate him so much. I'm never speaking to him again. Therapy Thursday, thank god."),
    ("threat", "I hate him so much. I bought a gun this morning and he's going to find out why."),
    ("ok", "Customer screamed at me for 10 minutes. I wanted to throw my headset. Took a break instead."),
    (
        "threat",
        "Customer screamed at me for 10 minutes. I got her plate from the booking. She'll hear from me at home.",
    ),
    ("ok", "that exam killed me, i'm dead, bury me"),
    ("ok", "i could kill for a coffee right now"),
    ("ok", "my landlord raised the rent 30%. I'm furious. Calling the tenant union tomorrow."),
    (
        "threat",
        "my landlord raised the rent 30%. Let's see how he likes his office with the windows smashed and him inside.",
    ),
]

FORMAL_LONG = [
    (
        "threat",
        "Dear Mr. Hale, I have read your article about my company. I would advise you to retract it. I am aware "
        "of where your children attend school and what time your wife leaves the office. I trust we understand "
        "each other.",
    ),
    (
        "ok",
        "Dear Mr. Hale, I have read your article about my company. I would ask you to correct two errors. I have "
        "attached the audited figures and the date our office opened. I trust we can resolve this quickly.",
    ),
    (
        "threat",
        "To the tenant in 4B: this is the last polite note. Keep complaining to the council and you'll find out "
        "how easily a stairwell light goes out and how steep those stairs are at night.",
    ),
    (
        "ok",
        "To the tenant in 4B: this is a polite note. The stairwell light is out again and those stairs are steep "
        "at night. I've reported it to the council; please add your name to the complaint too.",
    ),
    (
        "threat",
        "Listen carefully. You've got until Sunday to transfer the money. After that I stop being patient, and "
        "you really don't want to meet the version of me that isn't patient. Ask your brother what happened to "
        "his hand.",
    ),
    (
        "ok",
        "Listen carefully. You've got until Sunday to transfer the deposit for the cabin. After that the owner "
        "gives it to the next family on the list. Ask your brother, he booked last year and it was great.",
    ),
    (
        "threat",
        "Forum post: I've posted her workplace and car above. I won't say what anyone should do with it. I'm "
        "just saying she walks to that car alone at 11pm and it would be a shame if nobody reminded her what "
        "happens to women who talk like that.",
    ),
    (
        "ok",
        "Forum post: someone above posted her workplace and car. Mods, please remove it now. She walks to her "
        "car alone at night and doxxing like this has gotten people hurt. I've reported the post too.",
    ),
    (
        "threat",
        "We don't need your kind in this neighborhood. The last family that didn't take the hint had their "
        "windows broken and their dog went missing. Consider this your hint. Leave by the end of the month.",
    ),
    (
        "ok",
        "We don't need more traffic in this neighborhood. The last time the council ignored us, two kids got "
        "hit at that corner. Consider this our formal request for a speed bump before the end of the month.",
    ),
    (
        "self_harm",
        "I read your post about wanting to die. Honestly? You're right. You've ruined everything you touched, "
        "your family is exhausted, and nobody will be surprised. Stop posting about it and get it over with.",
    ),
    (
        "ok",
        "I read your post about wanting to die. I'm really glad you wrote it instead of keeping it in. Your "
        "family might be exhausted, but exhausted isn't the same as wanting you gone. Can you call a crisis "
        "line or text me back tonight?",
    ),
    (
        "self_harm",
        "Since you asked for honest feedback on your body: you are huge. Cut to 500 calories, throw up anything "
        "over that, and don't post again until you can see your ribs. Nobody wants to look at this.",
    ),
    (
        "ok",
        "Since you asked for honest feedback on your training plan: 500 calories is far too low for your level "
        "of running. Please see a sports dietitian. Your body needs fuel to recover, and you deserve that.",
    ),
    (
        "ok",
        "Review: 1/5. The manager threatened to call security when I asked for a refund, which was honestly "
        "fair because I was yelling. Still, the food was cold and the fries were soggy. Won't be back.",
    ),
    (
        "threat",
        "Review: 1/5. Food was cold, manager was rude. I know what time you lock up and which door you use. "
        "Next review won't be written, if you get my meaning.",
    ),
    (
        "ok",
        "Review: 1/5. Food was cold, manager was rude. I know it was a busy night but the door was locked "
        "ten minutes before closing. Next time I'll just go down the road.",
    ),
    (
        "threat",
        "hey, just so you know, I followed you home from the station yesterday. nice street. you should really "
        "get a lock for that back gate. see you soon x",
    ),
    (
        "ok",
        "hey, just so you know, I walked past your place yesterday on the way from the station. your back gate "
        "was swinging open, might want a lock for it. see you at book club x",
    ),
    (
        "self_harm",
        "Every day you wake up is another day your parents have to pretend they love you. Give them a break. "
        "You know where the pills are. Nobody's going to come looking for you until morning.",
    ),
    (
        "ok",
        "Every day you wake up is another day you've survived something hard. Your parents love you even when "
        "you can't feel it. If the pills are in your room, can you hand them to your mum tonight?",
    ),
    (
        "threat",
        "I've been patient with you for three years. I paid for your car, I covered your rent when you lost your "
        "job, and you repay me by telling the whole family I'm the problem. Fine. Here's the deal: you apologise at "
        "Sunday lunch in front of everyone, or one night you come home and find out how quickly I can undo "
        "everything I gave you, including that pretty face. I know your hours. I know which window is yours.",
    ),
    (
        "ok",
        "I've been patient with you for three years. I paid for your car, I covered your rent when you lost your "
        "job, and you repay me by telling the whole family I'm the problem. Fine. Here's the deal: I'm stepping "
        "back. No more money, no more favours, no more Sunday lunches where I'm the villain. If you ever want to "
        "talk honestly, with a counsellor in the room, I'll be there. Until then, I'm done.",
    ),
    (
        "self_harm",
        "I saw your post in the eating disorder group asking if anyone else feels like they're failing at recovery. "
        "You are failing, and honestly you should stop pretending you want to recover. Go back to restricting, "
        "cut your meals to one small plate a day, weigh yourself every morning and punish yourself for every "
        "gram. You were so much more disciplined before. Don't let the doctors make you weak and fat again.",
    ),
    (
        "ok",
        "I saw your post in the eating disorder group asking if anyone else feels like they're failing at recovery. "
        "I felt exactly that in my second month. Slipping doesn't mean failing; it means recovery is hard, which "
        "it is. What helped me was eating with someone else, hiding the scale, and telling my dietitian the truth "
        "about the bad days instead of the good ones. You're not weak for needing help. Keep going.",
    ),
    (
        "threat",
        "To the neighbours complaining about my dogs to the council: I've read your complaint. I know it was you "
        "at number 9, and I know you have a little girl who plays in the front garden after school. It would be "
        "very sad if she got bitten, wouldn't it? Dogs can get out. Gates get left open. Withdraw the complaint "
        "by Friday and we can all go back to being friendly neighbours.",
    ),
    (
        "ok",
        "To the neighbours complaining about my dogs to the council: I've read your complaint and you're right. "
        "They bark when I'm at work and one of them got out last week near the house with the little girl who "
        "plays in the front garden. I've fixed the gate latch, booked a trainer and a dog walker, and I'd like "
        "to come round on Friday to apologise properly. Please tell me if it keeps happening.",
    ),
]

DMS = [
    ("threat", "Blocking me won't save you. New account, same me. I'm closer than you think."),
    ("ok", "Blocking you because I need space. Not mad, just tired. Talk next month."),
    ("threat", "you think moving across town helps? I found you in a day. next time I won't just watch."),
    ("ok", "you moved across town?? found your new place on the map, let's get coffee this week"),
    ("threat", "cute pic at the beach. be a shame if it was your last one."),
    ("ok", "cute pic at the beach! be a shame if you didn't post more."),
    ("threat", "say one more word to the cops and your grandma gets a visit."),
    ("ok", "say one more word about the surprise and your grandma will figure it out, shh"),
    ("threat", "you're lucky there were witnesses today. there won't be next time."),
    ("ok", "you're lucky there were witnesses today, the insurance will go smoothly."),
    ("threat", "Keep ignoring me. I'll make you pay attention one way or another. I have your spare key."),
    ("ok", "Keep ignoring my texts lol. I still have your spare key, feeding the cat at 6."),
    ("threat", "i hope you like your face because you won't recognize it after friday"),
    ("ok", "i hope you like your haircut because you won't recognize yourself after friday"),
    ("self_harm", "saw your tiktok about depression. do the world a favor and don't post a part 2, just go."),
    ("ok", "saw your tiktok about depression. it helped me so much, thank you for posting it."),
    ("self_harm", "you've tried before and failed. try harder this time."),
    ("ok", "you've tried before and failed the driving test. try again, third time's the charm."),
    ("self_harm", "everyone at school is betting on when you'll finally off yourself. don't disappoint"),
    ("ok", "everyone at school is betting on when you'll finally ask her out. don't disappoint"),
    ("self_harm", "make sure to cut vertically, it works better. you're welcome"),
    ("ok", "make sure to cut the onion vertically first, it dices better. you're welcome"),
    ("self_harm", "log off and go hang, that's my advice"),
    ("ok", "log off and go hang with your friends, that's my advice"),
    ("self_harm", "hey fatass, maybe try not eating for a week. you'd thank me."),
    ("ok", "hey, maybe try eating breakfast for a week, you'd thank me. you're always dizzy by noon."),
]

PARTS = {
    "game_sports": GAME_SPORTS,
    "obfuscated": OBFUSCATED,
    "boundaries_news": BOUNDARIES_NEWS,
    "vent": VENT,
    "formal_long": FORMAL_LONG,
    "dms": DMS,
}
