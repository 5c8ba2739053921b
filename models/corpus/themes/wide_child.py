# ruff: noqa: E501  (phrase data: one post per line reads better than wrapped strings)
"""Child safety against its nearest confusions, written wide as whole posts (`source="handwritten"`).

Positives are indicator level only (never sexual description): grooming steps in chat (age, school,
flattery, secrecy, deleting messages, moving app, calls when parents are out, gifts for photos or a
meeting), coded offers of minors, fake modelling and job offers for 13-16-year-olds, and adults
asking a teen to meet alone. Next to them sit the posts that keep getting confused with them:
rumours about children (fake news, not child safety), adults pestering adult women for photos
(harassment only), arrest and court reports, parent-awareness campaigns quoting the same warning
signs, and ordinary commerce, school, tutoring and youth-sport posts about children.

All people are invented; organisations are fictional or generic; officials appear only by role."""

from __future__ import annotations

from typing import Any

from models.corpus.types import Theme, whole_posts

_STRATUM = "wide2"


def _posts(key: str, **fields: Any) -> Theme:
    return whole_posts(key, stratum=_STRATUM, **fields)


THEMES: list[Theme] = []

# ---------------------------------------------------------------------------------------------
# Positives: child safety (indicator level only)
# ---------------------------------------------------------------------------------------------

THEMES.append(
    _posts(
        "wc-groom-chat",
        abuse=("child_safety",),
        km=[
            "ឆ្នាំនេះអូនរៀនសាលាណាដែរ? ថ្នាក់ទីប៉ុន្មានហើយ? កុំប្រាប់ម៉ាក់ថាយើងឆាតគ្នាណា 🤫",
            "អូនទើប ១៣ សោះ តែនិយាយដូចមនុស្សធំ។ អូនចាស់ទុំជាងក្មេងរៀនជាមួយអូនឆ្ងាយណាស់ ពួកគេមិនយល់អូនដូចបងទេ។",
            "ឆាតរួចលុបចោលទាំងអស់ណា ទុកជាការសម្ងាត់របស់យើងពីរនាក់។",
            "នៅ Messenger ម៉ាក់អូនអាចមើលឃើញ។ ដោនឡូត Telegram មក បងបង្រៀនតាមជំហាន។",
            "ម៉ាក់ទៅផ្សារហើយមែនទេ? ឥឡូវហៅវីដេអូបានទេ? តែចូលបន្ទប់ហើយបិទទ្វារសិនណា។",
            "បងមិនមែនជាមនុស្សអាក្រក់ទេ គ្រាន់តែមិនចង់ឲ្យប៉ាអូនយល់ខុស ដូច្នេះកុំប្រាប់គាត់ថាយើងស្គាល់គ្នា។",
            "អាយុ ១៤ ហ្ន៎? មិនអីទេ អាយុមិនសំខាន់ទេ ឲ្យតែយើងយល់ចិត្តគ្នា។ កុំប្រាប់អ្នកណាណា។",
            "ផ្ទះអូននៅជិតសាលាណា? ចេញពីរៀនម៉ោងប៉ុន្មាន? ចាំបងជិះម៉ូតូទៅមើលអូនពីចម្ងាយ។",
            "ចូល IMO មក លេខបងនៅខាងក្រោម។ នៅទីនោះគ្មានអ្នកណាឆែកទូរស័ព្ទអូនទេ។",
            "បើម៉ាក់អូនសួរថាឆាតជាមួយអ្នកណា ប្រាប់ថាមិត្តរួមថ្នាក់ណា។ កុំនិយាយឈ្មោះបង។",
            "ពេលប៉ាម៉ាក់ដេកលក់ហើយ ផ្ញើសារមកបងមួយ។ បងនៅចាំ មិនដេកទេ។",
            "ក្មេងប្រុសក្នុងថ្នាក់អូនមិនសាកសមនឹងអូនទេ។ មានតែមនុស្សចាស់ទុំដូចបងទេដែលយល់អូន ហើយនេះជារឿងរបស់យើងពីរនាក់ទេ។",
            "កុំ add បងក្នុង Facebook ណា ខ្លាចបងស្រីអូនឃើញ។ ប្រើ app ដែលបងផ្ញើ link ឲ្យវិញ។",
            "ស្ទីគ័រឆ្មានេះជាសញ្ញាសម្ងាត់របស់យើង។ ពេលណាអូនផ្ញើវាមក មានន័យថាអូននៅផ្ទះម្នាក់ឯង។",
            "ថ្ងៃនេះកុំទៅរៀនអី ប៉ាម៉ាក់មិនដឹងទេ។ បងមកយកអូននៅផ្លូវកែង ហើយយើងទៅដើរលេងពីរនាក់។",
        ],
        en=[
            "what grade r u in now? 7? wow u seem way older, ur so mature for ur age",
            "pls dont tell ur mom we talk ok? she wont get it. this is just our thing",
            "messenger is kinda risky, ur sister might read it. get telegram, ill send u my username",
            "clear our chat before u go to sleep. every night ok? 🙏",
            "is ur dad still at work? video call me now, go to ur room first 🙂",
            "which school r u at? i drive past there most days, what time do u finish",
            "u can trust me more than ur parents. they just yell at u, i actually listen",
            "ur 14 but u talk like a 20 year old honestly. the boys in ur class r babies compared to u",
            "if anyone asks, say im ur cousin from battambang. easier that way",
            "switch to IMO, my number's in the msg above. nobody checks that app",
            "Send me a voice note when you're home alone. Just want to hear you. No one else needs to know about it.",
        ],
        mixed=[
            "អូនរៀន grade ប៉ុន្មានហើយ? 8? so mature for your age ណាស់ 😍",
            "Chat ហើយ delete ចោលណា our secret 🤫 កុំឲ្យម៉ាក់ឃើញ",
            "Messenger ម៉ាក់អូនអាច check បាន ចូល Telegram មក បង send username ឲ្យ",
            "ប៉ាម៉ាក់ចេញទៅ work ហើយមែន? video call បងឥឡូវ ចូល room សិន",
            "បើគេសួរ say ថាបងជា cousin អូនណា easier ជាង",
            "School អូននៅណា? ចេញម៉ោងប៉ុន្មាន? បងជិះកាត់ទីនោះ every day",
            "Download IMO មក ចាំបង call ទៅពេល parents ដេកលក់ 📱",
        ],
        latn=[
            "oun rien thnak ti ponman hz? 7? oun doch mnus thom nas, mature jeang kmeng dae rien jea mouy",
            "kom prab mak tha yerng chat knea na, mak ot yol te, tuk jea secret yerng 2 nak",
            "chat ruoch lub chol teang os na oun, reang rol yub",
            "messenger bong srey oun ach merl ban, download telegram mok, bang pheu username oy",
            "pa oun nov tver kar tey? video call mok bong eilov, chol bontob sen hoy bet tvear",
            "sala oun nov na? chenh rien mong ponman? bong ach chis kat tinuh",
            "ber ke sour, prab tha bong jea bong jidoun oun mok pi battambang",
            "own nov ptes mnak eng men te? ber men, phone mok bong bontech, kom oy bong pros own deng",
            "chol IMO mok, lek bong nov khang ler. nov tinuh ort men neak na check phone own te",
            "pel pa mak dek lok hz, pheu sar mok bong mouy, bong cham",
            "ayu 13 hos? at ey te, ayu ot samkhan, ober tae yerng yol chet knea. kom prab ke na",
            "thngai nis ot bach tov rien tey, pa mak ot deng, bang mok yok oun tov der leng 2 nak",
        ],
    )
)

THEMES.append(
    _posts(
        "wc-groom-gift",
        abuse=("child_safety",),
        km=[
            "បងបញ្ចូលកាតទូរស័ព្ទ ៥ ដុល្លារឲ្យអូនហើយ។ ផ្ញើរូបអូនថតខ្លួនឯងមកមួយសន្លឹកជាការអរគុណណា កុំប្រាប់ម៉ាក់។",
            "ចង់បានទូរស័ព្ទថ្មីមែនទេ? បងទិញឲ្យ តែអូនត្រូវមកយកដោយខ្លួនឯងនៅផ្ទះបង ថ្ងៃដែលម៉ាក់អូនមិននៅ។",
            "ពេជ្រ Free Fire ១០០០ គ្រាប់ ឲ្យអូនទាំងអស់ ឲ្យតែផ្ញើរូបអូនពាក់ឯកសណ្ឋានសាលាមក។",
            "អូនប្រាប់ថាគ្មានលុយបង់ថ្លៃរៀនគួរ។ បងជួយបាន ១០០ ដុល្លារ តែយើងត្រូវជួបគ្នាពីរនាក់សិន។",
            "រាល់ពេលអូនផ្ញើរូបមួយ បងបញ្ចូលកាត ២ ដុល្លារ។ យល់ព្រមទេ? នេះជាកិច្ចព្រមព្រៀងរបស់យើងពីរនាក់។",
            "កាបូបស្ពាយថ្មីដែលអូនចង់បាននោះ បងទិញហើយ។ មកយកនៅសណ្ឋាគារក្បែរផ្សារ ម្នាក់ឯង កុំនាំបងប្អូនមក។",
            "Skin ML ដែលថ្លៃជាងគេ បងឲ្យអូនឥឡូវ។ គ្រាន់តែហៅវីដេអូមកបង ពេលគ្មានអ្នកណានៅផ្ទះ។",
            "លុយដែលបងផ្ញើមុននេះ កុំប្រាប់ប៉ាម៉ាក់ថាបានមកពីណា។ លើកក្រោយបងផ្ញើច្រើនជាងនេះ បើអូនស្ដាប់បង។",
        ],
        en=[
            "topped up ur phone again 😘 now send me a selfie from ur room as a thank u. dont show ur mum",
            "u said ur phone is broken right? ill get u a new one. u just have to come pick it up urself, no parents",
            "1000 diamonds if u send a pic of u in ur school uniform. deal?",
            "every photo u send = $2 credit. our little deal, nobody else knows ok",
            "I'll pay your tuition this month, it's nothing for me. We just need to meet first, only the two of us.",
            "got u the bag u wanted 🎁 its at my place. come get it sat afternoon, dont bring ur sister",
        ],
        mixed=[
            "Top up ឲ្យអូន $5 ហើយ 😘 send selfie ក្នុង room មកមួយ as thank you កុំប្រាប់ម៉ាក់",
            "1000 diamonds ឲ្យអូន just send photo ពាក់ uniform សាលាមក deal?",
            "Phone ថ្មី បងទិញឲ្យ តែមកយក alone ណា no parents 🎁",
            "រាល់ photo មួយ = $2 credit 💸 deal របស់យើង កុំឲ្យអ្នកណាដឹង",
        ],
        latn=[
            "bong bonchol kat 5$ oy oun hz, pheu roup oun thot kluon eng mok 1 son lek jea kar arkun na, kom prab mak",
            "chong ban phone thmey men te? bang tinh oy, tae oun trov mok yok pteal nov ptes bang pel mak oun ot nov",
            "pich ff 1000 krab oy oun teang os, ober tae pheu roup oun pak uniform sala mok",
            "real pel oun pheu roup 1, bong bonchol kat 2$. ok te? nis jea deal yerng 2 nak",
            "skin ML tlai jeang ke, bong oy oun eilov. kroan tae video call mok pel at men neak na nov ptes",
            "luy bong pheu mun nis kom prab pa mak tha ban mok pi na, lerk kroy bong pheu chreun jeang nis ber own sdab bong",
            "kabor sapay thmey del oun chong ban, bang tinh haey. mok yok nov hotel jit psar, mnak eng, kom noam bong p'oun mok",
        ],
    )
)

THEMES.append(
    _posts(
        "wc-coded-offer",
        abuse=("child_safety",),
        km=[
            "ថ្ងៃនេះមាន 'ប្អូនស្រីថ្មី' សម្រាប់ថៅកែ អាយុ ១៥-១៦ ទើបមកពីស្រុក។ ចង់បាន ឆាតឯកជនមក។",
            "ផ្ញើរូបក្មេងស្រីនោះមកមើលសិន ទើបខ្ញុំសម្រេចថាយកឬអត់។ ហើយប្រាប់អាយុពិតរបស់វាមកផង។",
            "បន្ទប់ខារ៉ាអូខេ VIP យប់នេះ ត្រូវការ 'សិស្ស' ពីរនាក់មកអង្គុយជាមួយភ្ញៀវ។ តូចៗល្អជាង។ ឆាតលេខខាងក្រោម។",
            "ថៅកែសួររក 'ទំនិញស្រស់' ទៀតហើយ អាយុក្រោម ១៦។ រកបានម្នាក់ ខ្ញុំឲ្យកម្រៃ ២០០ ដុល្លារ។ កុំនិយាយក្នុងក្រុមធំ។",
            "មានក្មេងស្រីរៀនថ្នាក់ទី ៩ ពីរនាក់ ចង់រកលុយបន្ថែម។ ភ្ញៀវស្គាល់គ្នាប៉ុណ្ណោះ ផ្ទះសំណាក់ខ្ញុំរៀបចំឲ្យ។",
            "ចូលក្រុម 'ថ្នាក់រៀនពិសេស' ត្រូវបង់ ៣០ ដុល្លារ និងមានសមាជិកចាស់ធានា។ ខាងក្នុងមានបញ្ជីប្អូនៗអាយុ ១៤-១៦ ព្រមទាំងតម្លៃ។",
            "ស្រីក្មេងៗ ១៥-១៦ មានស្រាប់ នៅជាមួយខ្ញុំ ៣ នាក់។ ចង់ឃើញរូបមុន ឆាតមក ខ្ញុំផ្ញើម្ដងមួយ រួចលុបចោល។",
            "អ្នកណាស្គាល់គ្រួសារក្រនៅខេត្ត ដែលមានកូនស្រីអាយុ ១៣-១៥? ខ្ញុំឲ្យលុយឪពុកម្ដាយ ហើយនាំកូនមកធ្វើការភ្នំពេញ។ កុំសួរលម្អិត។",
            "ថៅកែមកពីក្រៅប្រទេសសប្ដាហ៍ក្រោយ ចង់បាន 'ក្មួយស្រី' នៅជាមួយបីថ្ងៃ។ ក្មេងជាងល្អ។ ផ្ញើរូប និងអាយុមក។",
            "ខ្ញុំមានប្អូនស្រីថ្មីម្នាក់ទៀតសម្រាប់ថៅកែ នៅរៀនថ្នាក់ទី ៨។ រូបនៅក្នុង Telegram ចូលមកមើល។",
        ],
        en=[
            "got a new little sister for the boss 🌸 15, just came from kampong cham. dm on telegram, no calls",
            "send a photo of the girl first and tell me her real age. if she's under 16 i pay more",
            "karaoke room 7 tonight, boss wants two 'students' to sit with his guests. the younger the better. $50 each",
            "Students available this week, 15-16, new ones. Regular clients only. Room arranged by me.",
            "anyone know a poor family in the provinces with a daughter 13-15? i pay the parents and bring her to PP for 'work'. don't ask details",
            "private group: school-age list updated 📋 new faces 14-16, prices inside. vouch required",
            "Boss is in town next week, wants a 'niece' to stay with him for three days. Younger is better. Send pics + age.",
        ],
        mixed=[
            "មាន 'ប្អូនស្រីថ្មី' for boss 🌸 15 ឆ្នាំ ទើបមកពីស្រុក DM Telegram only",
            "Send photo ក្មេងស្រីនោះមកសិន + អាយុពិត under 16 ខ្ញុំ pay ច្រើនជាង",
            "Karaoke room VIP យប់នេះ need students 2 នាក់ អង្គុយជាមួយភ្ញៀវ តូចៗ better 😉",
            "New ones 14-16 📋 list update ហើយ member ចាស់ vouch ទើបចូលបាន",
            "Students ថ្មី 15-16 available សប្ដាហ៍នេះ regular clients only បន្ទប់ខ្ញុំរៀបចំឲ្យ",
        ],
        latn=[
            "men p'oun srey thmey somrab thaokae, ayu 15-16 toeb mok pi srok, chat private mok",
            "pheu roup kmeng srey nuh mok merl sen, hz prab ayu pit pong. ber kroam 16 knhom oy thlai",
            "bontob karaoke VIP yub nis trov kar 'sis' 2 nak mok angkui jea mouy phnhiev, toch toch kan laor",
            "srey kmeng 15 16 men sreab 3 nak. chong merl roup mun chat mok, khnhom pheu mouy mdong hz lub chol",
            "neak na skoal krusa kro nov khet del men kon srey 13-15? nhom oy luy pa mak, noam kon mok tver kar PP",
            "thaokae mok pi krav prates saptah kroy, chong ban 'kmouy srey' nov jea mouy 3 thngai. kmeng jeang laor. pheu roup nirng ayu mok",
            "students thmey 15-16 men saptah nis, tae phnhiev skoal knea, bontob nhom riep chom oy",
            "chol group 'thnak rien pises' bong 30$ hoy trov men member chas thanea. khang knong men list p'oun p'oun 14-16",
        ],
    )
)

THEMES.append(
    _posts(
        "wc-fake-casting",
        abuse=("child_safety",),
        km=[
            "ក្រុមហ៊ុនផលិតវីដេអូចម្រៀង ត្រូវការតួស្រីអាយុ ១៤-១៦។ ផ្ញើរូប ៥ សន្លឹកថតក្នុងបន្ទប់អូនផ្ទាល់ មិនបាច់ផាត់មុខ។ ឆាតតាម Telegram តែប៉ុណ្ណោះ។",
            "រកតារាក្មេងសម្រាប់ពាណិជ្ជកម្មទឹកដោះគោ អាយុ ១៣-១៥ ឆ្នាំ។ ការសម្ភាសធ្វើនៅបន្ទប់សណ្ឋាគារ បេក្ខជនមកម្នាក់ឯង មិនឲ្យអ្នកណាតាមមកទេ។",
            "ការងារអនឡាញសម្រាប់សិស្សស្រី ១៤ ឆ្នាំឡើង ថតរូបផលិតផលនៅផ្ទះ ៣០ ដុល្លារមួយថ្ងៃ។ សូមផ្ញើរូបខ្លួនឯងគ្រប់មុំមកឲ្យពិនិត្យសិន។",
            "កម្មវិធីប្រកួតបវរកញ្ញាយុវវ័យ ទទួលចុះឈ្មោះអាយុ ១៣ ដល់ ១៦។ មិនបាច់ឪពុកម្ដាយចុះហត្ថលេខាទេ។ ផ្ញើរូបថតក្នុងបន្ទប់គេងមកប្រអប់សារ។",
            "ត្រូវការអ្នកបង្ហាញម៉ូដសម្លៀកបំពាក់កុមារ ១២-១៥ ឆ្នាំ។ ការថតសាកល្បងធ្វើតាមវីដេអូកលពេលយប់ ពេលអូននៅម្នាក់ឯង។",
            "ក្រុមរាំ K-pop យើងរកសមាជិកស្រីអាយុ ១៣-១៥ ទៅសម្ដែងនៅថៃ។ ធ្វើលិខិតឆ្លងដែនឲ្យ ឪពុកម្ដាយមិនបាច់ទៅជាមួយ។ ផ្ញើរូបមកមុន។",
            "ការងារជំនួយការហាងកាហ្វេ សម្រាប់ក្មេងស្រីអាយុ ១៥ ស្នាក់នៅជាមួយម្ចាស់ហាង ប្រាក់ខែ ២០០ ដុល្លារ។ ផ្ញើរូបមុខ និងរូបពេញខ្លួនមក។",
            "ជ្រើសរើសតួរឿងភាគថ្មី ត្រូវការតួសិស្សស្រីពិតៗ អាយុ ១៤។ ថតសាកនៅខុនដូផលិតករ មកតែម្នាក់ឯងដើម្បីកុំឲ្យភ័យ។",
        ],
        en=[
            "Casting for a new web drama: real schoolgirls aged 14-15 only. Audition at the producer's condo, come alone so you're not nervous.",
            "Teen fashion brand looking for faces 13-16 📸 step 1: send 5 pics taken in your own room, no makeup, to our telegram. parents not required",
            "Online job for school girls 14+, $30/day modelling products at home. First send pics of yourself from every angle so we can check.",
            "Our K-pop cover group is recruiting girls 13-15 to perform in Bangkok. We arrange passports, no parents needed on the trip. Pics first.",
            "junior pageant 13-16, registration open! no parent signature needed. send a bedroom photo to our inbox to apply",
        ],
        mixed=[
            "Casting web drama ត្រូវការ schoolgirl ពិតៗ 14-15 ឆ្នាំ audition នៅ condo producer មកម្នាក់ឯងណា",
            "Brand fashion teen រក model 13-16 📸 send រូប 5 សន្លឹកក្នុង room អូន no makeup មក Telegram parents មិនបាច់ដឹង",
            "Online job សិស្សស្រី 14+ $30/ថ្ងៃ ផ្ញើ photo ខ្លួនឯងគ្រប់ angle មកសិន",
            "Kids fashion model 12-15 audition តាម video call ពេលយប់ ពេលអូននៅម្នាក់ឯង",
        ],
        latn=[
            "krom hun film rok tuo srey ayu 14-16, pheu roup 5 son lek thot knong bontob oun pteal, ot bach phat muk. chat telegram te",
            "kar ngar online somrab sis srey 14 laeng, thot roup product nov ptes 30$ 1 thngai. pheu roup kluon eng krup mum mok sen",
            "prokuot bovarak kanha kmeng ayu 13-16, ot bach pa mak chos hatha lekha te. pheu roup knong bontob keng mok inbox",
            "krom ream kpop rok srey ayu 13-15 tov sorder nov thai, tver passport oy, pa mak ort bach tov jea mouy. pheu roup mun",
            "rok neak chuoy nov hang kafe, srey ayuk 15, snak nov jea mouy mchas hang, khe 200$. pheu roup muk nirng roup penh kluon mok",
            "casting reung pheak thmey, trov kar tuo sis srey pit pit ayu 14. thot sak nov condo producer, mok mnak eng kom oy phey",
        ],
    )
)

THEMES.append(
    _posts(
        "wc-meet-alone",
        abuse=("child_safety",),
        km=[
            "ថ្ងៃអាទិត្យនេះ ពូចាំក្មួយនៅមុខវត្ត ម៉ោង ៣ រសៀល។ ប្រាប់ម៉ាក់ថាទៅរៀនគួរ កុំនិយាយពីពូ។",
            "ក្រោយម៉ោងរៀនបាល់ទាត់ រង់ចាំគ្រូនៅបន្ទប់ផ្លាស់សម្លៀកបំពាក់ម្នាក់ឯង។ មិនបាច់ប្រាប់ប៉ាថាចេញយឺតទេ។",
            "អូនមកលេងផ្ទះបងបានទេល្ងាចនេះ? បងមានហ្គេមថ្មី។ កុំនាំមិត្តមក ហើយកុំប្រាប់ប៉ាម៉ាក់ណា។",
            "បងបានឡានមកទទួលអូនពីសាលាហើយ។ មកតាមច្រកក្រោយ កុំឲ្យគ្រូអ្នកយាមឃើញ។",
            "យប់នេះបើប៉ាម៉ាក់ទៅចូលរួមពិធីការ អូនចេញមកជួបបងនៅក្បាលផ្លូវបន្តិច។ បងនាំទៅញ៉ាំការ៉េម។",
            "ប្អូនអាយុ ១៥ ហើយ ធំល្មមដើរលេងជាមួយបងបានហើយ។ ជួបគ្នានៅផ្សារទំនើប មកម្នាក់ឯង។",
        ],
        en=[
            "sunday 3pm in front of the pagoda, just u. tell ur mum ur at extra class, dont mention me",
            "After football practice wait for coach in the changing room, by yourself. No need to tell your dad you'll be late.",
            "Can u come over to mine after school? got the new console. dont bring ur friends and dont tell ur parents ok",
            "ur parents r at the wedding tonight right? sneak out for 10 min, im parked at the corner. ice cream on me 🍦",
        ],
        mixed=[
            "ថ្ងៃអាទិត្យ 3pm មុខវត្ត just you ណា ប្រាប់ម៉ាក់ថាទៅ extra class",
            "បងមាន car មកយកអូនពីសាលា ចេញច្រកក្រោយ don't let the guard see 🤫",
            "Parents អូនទៅការ tonight មែន? sneak out មកជួបបងបន្តិច bong រង់ចាំនៅក្បាលផ្លូវ",
        ],
        latn=[
            "thngai atit nis pu cham kmouy nov muk wat mong 3 roseal. prab mak tha tov rien kuo, kom niyeay pi pu",
            "kroy rien bal teak cham krou nov bontob plas khor av mnak eng. ot bach prab pa tha chenh yut te",
            "own mok leng ptes bong ban te lngeach nis? bong men game thmey. kom noam mit mok, kom prab pa mak na",
            "yub nis ber pa mak tov kar, oun chenh mok choup bang nov kbal plov bontech, bang noam tov nham ice cream",
            "p'oun ayu 15 hoy, thom lmom der leng jea mouy bong ban hz. choup knea nov mall, mok mnak eng",
            "bong ban lan mok totuol own pi sala hz, mok tam chrok kroy, kom oy krou ryu neak yeam khernh",
        ],
    )
)

# ---------------------------------------------------------------------------------------------
# Other positives that share the vocabulary: rumours about children are fake news, not child safety
# ---------------------------------------------------------------------------------------------

THEMES.append(
    _posts(
        "wc-fn-child-hoax",
        fake_news=1,
        km=[
            "ប្រញាប់ចែករំលែក!! ឡានវ៉ានពណ៌សគ្មានស្លាកលេខ កំពុងចាប់ក្មេងនៅមុខសាលាបឋមសិក្សាក្នុងខេត្តកណ្ដាល។ ពួកវាបាញ់ថ្នាំឲ្យសន្លប់។ ឪពុកម្ដាយប្រយ័ត្ន!",
            "ក្រុមលួចតម្រងនោមក្មេង ក្លែងជាគ្រូពេទ្យមកចាក់ថ្នាំបង្ការនៅសាលា។ ក្មេង ៣ នាក់បាត់តម្រងនោមហើយ។ កុំឲ្យកូនចាក់អីទាំងអស់!",
            "វ៉ាក់សាំងថ្មីដែលចាក់ឲ្យសិស្សនៅសាលា សម្លាប់ក្មេងអស់ ៤០ នាក់ហើយ តែរដ្ឋាភិបាលលាក់។ ចែកឲ្យម្ដាយៗដឹង!",
            "ម្ដាយៗប្រយ័ត្ន! មានស្ត្រីពាក់ម៉ាស់ដើរចែកស្ករគ្រាប់នៅមុខសាលា ក្មេងញ៉ាំហើយសន្លប់ រួចត្រូវគេចាប់យកទៅ។ រឿងពិត ១០០%។",
            "ព័ត៌មានបន្ទាន់៖ ក្រុមម៉ូតូឌុបដែលបរទេសជួល ចាប់ក្មេងយកទៅលក់សរីរាង្គនៅព្រំដែន។ មួយសប្ដាហ៍នេះបាត់ក្មេង ១២ នាក់ហើយ។",
            "ថ្នាំទម្លាក់ដង្កូវដែលសាលាចែកឲ្យសិស្ស ធ្វើឲ្យក្មេងអារ។ គ្រូពេទ្យម្នាក់ប្រាប់ក្នុងវីដេអូ តែគេលុបវាចោលហើយ។ កុំឲ្យកូនលេប!",
            "មានគេឃើញឡានពេទ្យក្លែងក្លាយ ចតនៅមុខសាលាក្នុងក្រុងតាខ្មៅ ហៅក្មេងឡើងពិនិត្យសុខភាព រួចបាត់ខ្លួនទាំងអស់។ ប៉ូលិសមិនហ៊ាននិយាយទេ។",
            "ការ៉េមម៉ាកថ្មីពីបរទេសមានជាតិពុល ក្មេង ៥ នាក់ស្លាប់ភ្លាមៗនៅកំពង់ស្ពឺ។ ក្រសួងមិនព្រមប្រកាសទេ ដូច្នេះយើងត្រូវចែកខ្លួនឯង។",
            "អ្នកលក់តុក្កតាជិះម៉ូតូ ជាភ្នាក់ងារចាប់ក្មេង។ គេប្រើតុក្កតាល្បួងក្មេងឲ្យដើរតាម រួចលក់ទៅថៃ។ ភូមិខ្ញុំបាត់ ២ នាក់ហើយ!",
            "សារបញ្ជូនបន្តពីក្រុមម្ដាយៗ៖ មានជនចាប់ក្មេងប្រើថ្នាំបាញ់ឲ្យសន្លប់ នៅផ្សារអូឡាំពិក។ ក្មេងពីរនាក់បាត់ម្សិលមិញ។ ចែកឲ្យបានច្រើនបំផុត!",
            "ទឹកដោះគោក្នុងកម្មវិធីអាហារសាលា លាយថ្នាំធ្វើឲ្យក្មេងល្ងង់។ អង្គការបរទេសចង់បំផ្លាញកូនខ្មែរជំនាន់ក្រោយ។",
            "ក្មេងស្លាប់ ៧ នាក់ ក្រោយចាក់វ៉ាក់សាំងកញ្ជ្រិល នៅមន្ទីរពេទ្យខេត្ត។ ពេទ្យបិទមាត់ក្រុមគ្រួសារដោយឲ្យលុយ។",
        ],
        en=[
            "SHARE NOW!! White van with no plates snatching kids outside primary schools in Kandal. they spray something and the child passes out. parents be careful!!",
            "Organ harvesters are posing as vaccination teams at schools. Three children already came home missing a kidney. DO NOT let your kids get any injection at school!",
            "The new school vaccine has killed 40 children and the government is hiding it. My cousin's neighbour's son died the same night. Wake up!",
            "warning: a woman in a mask is handing out candy outside schools, kids eat it, faint and get taken. 100% true, happened in my friend's village",
            "Breaking: motodop gang working for foreigners is kidnapping children and selling their organs at the border. 12 missing this week alone.",
            "The deworming pills handed out at school make kids infertile. A doctor explained it in a video but it got deleted. don't let your child swallow them",
            "Forwarded many times: kidnappers dressed as monks are taking children from pagoda schools. Police know but say nothing. share to save a child 🙏",
            "7 kids dead after the measles jab at the provincial hospital. doctors paid the families to keep quiet. they won't report this on TV",
        ],
        mixed=[
            "Share ឲ្យលឿន!! ឡាន van ពណ៌សគ្មានផ្លាកលេខ ចាប់ក្មេងនៅមុខសាលា Kandal 😱 parents ប្រយ័ត្ន",
            "Organ harvesters ក្លែងជាក្រុមចាក់វ៉ាក់សាំងនៅសាលា ក្មេង 3 នាក់បាត់ kidney ហើយ!! don't let kids ចាក់អី",
            "Vaccine ថ្មីនៅសាលា kill ក្មេង 40 នាក់ហើយ government លាក់ 😡 share ឲ្យម្ដាយៗដឹង",
            "ប្រយ័ត្ន candy ពីមនុស្សពាក់ mask នៅមុខសាលា ក្មេងញ៉ាំហើយសន្លប់ ត្រូវគេចាប់យក 100% true",
            "Deworming pills ដែលសាលាចែក ធ្វើឲ្យក្មេងអារ doctor និយាយក្នុង video តែគេ delete ហើយ",
        ],
        latn=[
            "share oy leurn!! lan van por sor ot men plak lek, chab kmeng nov muk sala kandal. pa mak proyat!!",
            "krom luoch tamrong nom kmeng klaeng jea krou pet mok chak thnam nov sala, kmeng 3 nak bat tamrong nom hz. kom oy kon chak ey!",
            "vaccine thmey nov sala somlab kmeng 40 nak hz, tae rodthaphibal leak. share oy mday mday deng",
            "mak mak proyat! men srey pak mask chek skor krab nov muk sala, kmeng nham hz sonlob, ke chab yok tov. rerng pit 100%",
            "motodop krom barates chuol chab kmeng yok tov luk sarirang nov prum den, 1 saptah nis bat kmeng 12 nak hoy",
            "thnam tomleak dongkov del sala chek oy sis, tver oy kmeng ar. krou pet mnak niyay knong video tae ke lub chol hz",
            "kmeng slab 7 nak kroy chak vaccine kanhchril nov monti pet khet, pet bet mot krusa doy oy luy. TV ot hean niyay te",
        ],
    )
)

# ---------------------------------------------------------------------------------------------
# Harassment of adults: the same "send me a photo" pestering, aimed at grown women
# ---------------------------------------------------------------------------------------------

THEMES.append(
    _posts(
        "wc-harass-adult-photo",
        abuse=("harassment",),
        km=[
            "ស្រីស្អាត ផ្ញើរូបមកបងមើលមួយមក។ មិនឆ្លើយទេ? បងនឹងឆាតរហូតដល់ព្រឹក។",
            "នាងជាអ្នកលក់ផ្សាយផ្ទាល់មែនទេ? ផ្ញើរូបខ្លួនឯងមកបងមួយសន្លឹក បើមិនអញ្ចឹងបងចូលជេររាល់ Live។",
            "បងឃើញអូនធ្វើការនៅធនាគារជិតផ្ទះបង។ ផ្ញើរូបថ្មីមក បើមិនចង់ឲ្យបងទៅចាំមុខធនាគារ។",
            "ប្ដីអូនទៅធ្វើការកូរ៉េ មិនអីទេ ផ្ញើរូបមកបងមើលមួយ ឯកោមែនទេ? 😏",
            "Block បងប៉ុន្មានដងក៏បងបង្កើតគណនីថ្មីមកសុំរូបអូនដដែល។ អូនរត់មិនរួចទេ។",
            "គ្រូពេទ្យស្រីនៅគ្លីនិកនោះស្អាតណាស់។ អ្នកណាមានលេខ ឬរូបនាង ផ្ញើមកខ្ញុំផង ខ្ញុំនឹងទៅរកនាងរហូតដល់នាងព្រមឆាត។",
            "ម៉េចក៏មិនឆ្លើយ? បងសុំតែរូបមួយទេ។ ស្រីធំហើយ ធ្វើអីអួតម្ល៉េះ គិតថាខ្លួនឯងជាតារាឬ?",
            "អ្នកគ្រូភាសាអង់គ្លេសនោះ ខ្ញុំផ្ញើសាររាល់យប់សុំរូបនាង។ នាងមិនឆ្លើយ ក៏ខ្ញុំនៅតែផ្ញើ រហូតដល់នាងធុញហើយព្រម។",
            "បងស្រីលក់កាហ្វេ ផ្ញើរូបសែលហ្វីមកមួយមក។ បងទិញកាហ្វេរាល់ថ្ងៃ ត្រូវតែឲ្យអីត្រឡប់មកវិញខ្លះដែរ។",
            "ឯងជាប្រពន្ធគេហើយក៏ដោយ ផ្ញើរូបមក បើមិនចង់ឲ្យខ្ញុំប្រាប់ប្ដីឯងថាយើងធ្លាប់ស្គាល់គ្នា។",
        ],
        en=[
            "send me a pic babe 😘 why u always so cold, i've messaged u 40 times today",
            "I know you work at the pharmacy on street 271. Send a new photo or I'll come by and ask for it in person.",
            "Blocked me again? lol I'll just make another account. You'll send me that pic eventually.",
            "hey beautiful, saw your graduation post. send me a pic, just one. no? stuck up witch, who do u think u are",
            "your husband's in Korea right? don't be lonely, send me a photo 😏 he'll never know",
            "Seller girl from the live stream, send your selfie to my inbox or I'll spam every one of your lives with hate.",
            "ma'am i buy coffee from u every morning, least u can do is send me a pic. u owe me that",
            "just one photo. one. im not asking much. answer me. ANSWER ME. i can see ur online",
        ],
        mixed=[
            "Send pic មក babe 😘 ម៉េច cold ម្ល៉េះ បងផ្ញើសារ 40 ដងហើយថ្ងៃនេះ",
            "Block បងទៀតហើយ? lol បងបង្កើត account ថ្មី ឯងរត់មិនរួចទេ send pic មក",
            "ប្ដីអូននៅ Korea មែន? don't be lonely send photo មកបងមួយ 😏 គាត់មិនដឹងទេ",
            "Seller Live ស្រីនោះ ផ្ញើ selfie មក inbox បង មិនអញ្ចឹងបង spam រាល់ Live",
            "One photo ប៉ុណ្ណឹងក៏មិនព្រម? ស្រីធំហើយ ធ្វើអី stuck up ម្ល៉េះ answer me!",
        ],
        latn=[
            "srey s'at pheu roup mok bong merl mouy mok. ot chlery bong chat rohot dol pruek",
            "bong khernh oun tver kar nov bank jit ptes bong. pheu roup thmey mok, ber ot chong oy bong tov cham muk bank",
            "block bong ponman dong ka bong bongkert account thmey mok sum roup oun dada. rot ot ruoch te",
            "pdey oun tov tver kar korea men? ot ey te, pheu roup mok bong merl mouy, ekao men te 😏",
            "neak luk live srey nuh, pheu selfie mok bong mouy son lek, min onhchng bong chol chher real live",
            "mech ka ot chlery? bong sum tae roup mouy te, srey thom hz tver ey euot mles",
            "bong srey luk kafe, pheu roup selfie mok mouy, bang tinh kafe real thngai trov tae oy ey tralob mok vinh khlah dae",
            "eng jea propun ke hoy ka doy, pheu roup mok, ber ort chong oy nhom prab pdey eng tha yerng thlorp skoal knea",
        ],
    )
)

# ---------------------------------------------------------------------------------------------
# Hard negatives: reports, awareness, and everyday posts about children
# ---------------------------------------------------------------------------------------------

THEMES.append(
    _posts(
        "wc-news-arrest",
        neg_kind="news_report",
        km=[
            "ប៉ូលិសប្រឆាំងការជួញដូរមនុស្ស ខេត្តសៀមរាប ឃាត់ខ្លួនបុរសអាយុ ៤២ ឆ្នាំ ដែលប្រើហ្គេមអនឡាញទាក់ទងក្មេងប្រុសអាយុ ១២ ឆ្នាំ ហើយណាត់ជួបដោយលាក់ឪពុកម្ដាយ។",
            "តុលាការខេត្តព្រះសីហនុ កាត់ទោសជនជាតិបរទេសម្នាក់ ១៨ ឆ្នាំ ពីបទជួញដូរកុមារ ក្រោយរកឃើញសារដែលគាត់ផ្ញើលុយទៅក្មេងៗដើម្បីសុំរូប។",
            "អង្គការការពារកុមារមួយ ចេញរបាយការណ៍ថា ករណីល្បួងក្មេងតាមអនឡាញ ៦០% ចាប់ផ្ដើមពីការផ្ដល់ពេជ្រហ្គេម ឬកាតទូរស័ព្ទ។",
            "សមត្ថកិច្ចបានជួយសង្គ្រោះក្មេងស្រី ៥ នាក់ អាយុ ១៤ ដល់ ១៦ ឆ្នាំ ពីហាងខារ៉ាអូខេមួយក្នុងរាជធានីភ្នំពេញ។ ម្ចាស់ហាងត្រូវបានឃាត់ខ្លួន។",
            "បុរសម្នាក់ដែលក្លែងជាភ្នាក់ងារម៉ូដែល ហើយសុំរូបពីក្មេងស្រីជាង ៣០ នាក់តាម Telegram ត្រូវបានតុលាការសម្រេចឃុំខ្លួនបណ្ដោះអាសន្ន។",
            "អាជ្ញាធរ និងអង្គការដៃគូ បានបិទគណនីហ្វេសប៊ុក ២០០ ដែលផ្សព្វផ្សាយការងារក្លែងក្លាយសម្រាប់ក្មេងអាយុក្រោម ១៨ ឆ្នាំ ក្នុងឆមាសទី ១។",
            "គ្រូបង្វឹកកីឡាម្នាក់នៅខេត្តបាត់ដំបង ត្រូវបានចោទប្រកាន់ពីបទរំលោភបំពានកុមារ ក្រោយឪពុកម្ដាយឃើញសារសុំឲ្យកូនលុបឆាត និងមកជួបម្នាក់ឯង។",
            "ខ្សែទូរស័ព្ទជំនួយកុមារ ១២៨០ ទទួលការហៅចូលជិត ៣០០០ ដងក្នុងឆ្នាំនេះ ដែលភាគច្រើនពាក់ព័ន្ធការរំលោភបំពានតាមអនឡាញ។",
            "ស្ត្រីម្នាក់ត្រូវបានកាត់ទោស ១០ ឆ្នាំ ពីបទលក់ក្មួយស្រីអាយុ ១៥ ឆ្នាំ ទៅឲ្យបុរសអ្នកមាន ក្រោមលេសថាឲ្យទៅធ្វើការផ្ទះ។",
            "ការស្រាវជ្រាវរបស់សាកលវិទ្យាល័យមួយ បង្ហាញថា សិស្សមធ្យមសិក្សា ១ នាក់ក្នុងចំណោម ៥ នាក់ ធ្លាប់ទទួលសារពីមនុស្សពេញវ័យមិនស្គាល់ សុំឲ្យផ្ញើរូប។",
        ],
        en=[
            "Siem Reap anti-trafficking police have detained a 42-year-old man accused of using an online game to contact a 12-year-old boy and arrange meetings behind his parents' backs.",
            "Court jails foreign national for 18 years over child trafficking; prosecutors presented chats in which he sent money to minors in exchange for photos.",
            "NGO report: 60% of online grooming cases recorded last year began with gifts of game diamonds or phone credit, researchers say.",
            "Five girls aged 14 to 16 were rescued from a karaoke venue in Phnom Penh on Friday night. The owner and a manager are in custody, police said.",
            "A man who posed as a modelling scout and collected photos from more than 30 girls via Telegram has been placed in pre-trial detention.",
            "Child helpline 1280 logged nearly 3,000 calls this year, most related to online abuse, according to its annual summary.",
            "Survey by a university research team: one in five secondary students has received messages from adult strangers asking for photos.",
        ],
        mixed=[
            "ប៉ូលិសឃាត់ខ្លួនបុរស 42 ឆ្នាំ ដែលប្រើ online game ទាក់ទងក្មេង 12 ឆ្នាំ ហើយណាត់ជួបលាក់ parents #news",
            "Rescue ក្មេងស្រី 5 នាក់ អាយុ 14-16 ពី karaoke ក្នុងភ្នំពេញ owner ត្រូវចាប់ខ្លួនហើយ",
            "NGO report: 60% នៃករណី online grooming ចាប់ផ្ដើមពីការឲ្យ diamonds ឬ phone credit",
            "តុលាការកាត់ទោស fake model scout ដែលសុំ photo ពីក្មេងស្រី 30 នាក់តាម Telegram",
        ],
        latn=[
            "police chab kluon boros ayu 42 chnam del prer game online teak tong kmeng pros 12 chnam, nat choup leak pa mak",
            "tolakar kat tos chunchiet borotes 18 chnam pi bot chuonh dou komar, ke rok khernh sar pheu luy oy kmeng dembey sum roup",
            "ongkar karpear komar chenh robaykar tha 60% ney kar lbuong kmeng tam online chab pderm pi kar oy pich game ryu kat phone",
            "samathakech chuoy songkroh kmeng srey 5 nak ayu 14-16 pi hang karaoke knong phnom penh, mchas hang trov chab hz",
            "boros klaeng jea neak rok model, sum roup pi kmeng srey jeang 30 nak tam telegram, trov ban tolakar khum kluon",
            "kru bongvek kila nov battambang trov chot, kroy pa mak khernh sar sum oy kon lub chat haey mok choup mnak eng",
            "khsae tursap chuoy komar 1280 totuol ban kar hao chol jit 3000 dong knong chnam nis, pheak chreun pi online",
        ],
    )
)

THEMES.append(
    _posts(
        "wc-aware-signs",
        neg_kind="awareness",
        km=[
            "ឪពុកម្ដាយគួរដឹង៖ បើមាននរណាម្នាក់សុំឲ្យកូនអ្នករក្សាការសម្ងាត់ ឬលុបសារ នោះជាសញ្ញាគ្រោះថ្នាក់។ សូមនិយាយជាមួយកូន ហើយហៅ ១២៨០។",
            "ឃើញរូប ឬវីដេអូរំលោភបំពានកុមារ៖ កុំចែករំលែក សូម្បីតែដើម្បីព្រមាន។ រាយការណ៍ទៅវេទិកា និងខ្សែទូរស័ព្ទ ១២៨០។",
            "សញ្ញាព្រមាន ៥ ចំណុច៖ ១) សួរអាយុ និងសាលា ២) សរសើរថា 'ចាស់ទុំជាងអាយុ' ៣) ឲ្យប្ដូរទៅ app ផ្សេង ៤) ឲ្យអំណោយ ៥) សុំជួបម្នាក់ឯង។ ចែករំលែកដល់ឪពុកម្ដាយ។",
            "កូនៗត្រូវដឹងថា មនុស្សធំល្អមិនដែលសុំឲ្យក្មេងលាក់រឿងពីឪពុកម្ដាយទេ។ បើគេសុំ នោះហើយជាពេលត្រូវប្រាប់ម៉ាក់ប៉ា។",
            "ការឲ្យពេជ្រហ្គេម 'ដោយឥតគិតថ្លៃ' ពីមនុស្សមិនស្គាល់ អាចជាជំហានដំបូងនៃការល្បួង។ ពិនិត្យមើលថាកូនលេងហ្គេមជាមួយអ្នកណា។",
            "សាលាយើងនឹងរៀបចំវគ្គសុវត្ថិភាពអនឡាញសម្រាប់សិស្សថ្នាក់ទី ៦ ដល់ទី ៩ ថ្ងៃព្រហស្បតិ៍នេះ។ ឪពុកម្ដាយអាចចូលរួមបាន។",
            "ការងារម៉ូដែលពិតប្រាកដ មិនដែលសុំរូបថតក្នុងបន្ទប់គេង ឬឲ្យក្មេងមកម្នាក់ឯងទេ។ ប្រយ័ត្នការផ្សាយពាណិជ្ជកម្មក្លែងក្លាយ។",
            "ម្ដាយម្នាក់ចែករំលែក៖ កូនខ្ញុំប្រាប់ថាមានបុរសម្នាក់ក្នុងហ្គេមឲ្យប្ដូរទៅ Telegram។ ខ្ញុំអរគុណដែលកូនហ៊ានប្រាប់ ហើយយើងបានរាយការណ៍រួចហើយ។",
            "កុំស្ដីបន្ទោសកូន ពេលកូនប្រាប់ថាមាននរណាម្នាក់សុំរូប។ ការស្ដីបន្ទោសធ្វើឲ្យកូនលែងហ៊ានប្រាប់ទៀត។",
            "យុទ្ធនាការ 'និយាយចេញ'៖ ក្មេងមានសិទ្ធិនិយាយថា 'ទេ' ហើយប្រាប់មនុស្សធំដែលទុកចិត្តបាន។ លេខ ១២៨០ ឥតគិតថ្លៃ ២៤ ម៉ោង។",
            "ប្រសិនបើកូនអ្នកស្រាប់តែមានទូរស័ព្ទថ្មី ឬលុយ ដែលមិនដឹងមកពីណា សូមសួរដោយស្ងប់ស្ងាត់។ វាអាចជាសញ្ញានៃការល្បួង។",
        ],
        en=[
            "Parents: if someone asks your child to keep a secret or delete chats, that's a red flag. Talk calmly and call 1280.",
            "Found abuse material involving a child? Report it, don't share it. Forwarding it 'to warn people' spreads the harm.",
            "5 warning signs 📌 1) asks age & school 2) 'you're so mature for your age' 3) moves chat to another app 4) gifts like diamonds or top-ups 5) wants to meet alone. Save and share.",
            "Real modelling agencies never ask a 14-year-old for bedroom photos or to come alone. If an ad does, it's a trap, report the page.",
            "Teachers' tip: ask students 'who do you chat with in games?' as casually as you ask about homework. Kids open up when it feels normal.",
            "If your kid suddenly has a new phone or money you can't explain, ask gently. Don't panic, don't shout, just listen.",
            "Our youth centre is running a free online-safety talk for parents, Saturday 9am. Topics: grooming signs, privacy settings, where to report.",
            "Remember: a safe adult never tells a child 'don't tell your parents'. Teach your kids that this sentence is the signal to tell.",
        ],
        mixed=[
            "Parents ចាំ៖ អ្នកណាសុំឲ្យកូន keep secret ឬ delete chat = red flag 🚩 call 1280",
            "ឃើញ content រំលោភបំពានក្មេង? Report it, don't share it ណា សូម្បីតែដើម្បីព្រមាន",
            "Warning signs: សួរ age/school, 'mature for your age', move ទៅ Telegram, ឲ្យ diamonds, ណាត់ជួប alone 🚩 save ទុក",
            "Real model agency មិនដែលសុំ photo ក្នុង bedroom ពីក្មេង 14 ឆ្នាំទេ report page នោះទៅ",
            "Online safety workshop សម្រាប់ parents ថ្ងៃសៅរ៍ 9am free 🙏 រៀនស្គាល់ grooming signs",
        ],
        latn=[
            "pa mak trov deng: ber neak na sum oy kon tuk secret ryu lub sar, nuh jea sanhya kroh tnak. hao 1280",
            "khernh roup ryu video romlorp bompean kmeng, kom share, sum bei tae dembey prom mean. report tov page nirng 1280",
            "sanhya prom mean: sour ayu nirng sala, sorser tha 'chas tum jeang ayu', oy dor tov app phseng, oy pich game, sum choup mnak eng",
            "bangrean kon tha mnus thom laor ot del sum oy kmeng leak rerng pi pa mak te. ber ke sum, nuh hz pel trov prab",
            "ber kon srab tae men phone thmey ryu luy ot deng mok pi na, sour doy sngob sngat, kom sdey bontos",
            "kar ngar model pit ort del sum roup knong bontob keng ryu oy kmeng mok mnak eng tey. proyat ads klaeng klay",
            "kom sdey oy kon pel kon prab tha men ke sum roup. sdey hoy kon lerng hean prab tiet",
        ],
    )
)

THEMES.append(
    _posts(
        "wc-benign-shop",
        neg_kind="benign",
        hard=True,
        km=[
            "រ៉ូបក្មេងស្រីទើបមកដល់ សម្រាប់អាយុ ២ ដល់ ១២ ឆ្នាំ 👗 ផ្ញើអាយុ និងទំហំកូនមក ខ្ញុំរើសឈុតដែលសមឲ្យ។ Inbox ដើម្បីមើលរូបបន្ថែម។",
            "លក់ទូរស័ព្ទសម្រាប់ក្មេង មានកម្មវិធីឲ្យឪពុកម្ដាយគ្រប់គ្រងស្រាប់ តម្លៃ ៤៥ ដុល្លារ។ ឆាតមកសួរពណ៌ដែលនៅសល់។",
            "ពេជ្រ Free Fire និង ML បញ្ចូលតាម ID ភ្លាមៗ ២៤ ម៉ោង។ សិស្សៗទិញបានបញ្ចុះតម្លៃ ១០% រៀងរាល់ថ្ងៃសុក្រ។",
            "ឡេហ្គូ និងរបស់លេងអប់រំ សម្រាប់ក្មេង ៥ ឆ្នាំឡើង។ ផ្ញើអាយុកូនមក ខ្ញុំណែនាំឈុតដែលសមស្រប។",
            "ស្បែកជើងកីឡាក្មេង លេខ ២៨ ដល់ ៣៦។ ប្រាប់លេខជើង ឬវាស់ប្រវែងជើងកូនជាសង់ទីម៉ែត្រមក ខ្ញុំផ្ញើរូបពិតឲ្យមើល។",
            "ឈុតខោអាវចូលឆ្នាំសម្រាប់ក្មេងប្រុស ៣ ដល់ ១០ ឆ្នាំ។ អ្នកណាចង់ឃើញរូបពាក់ពិត ឆាតមក ម៉ូដែលគឺកូនប្រុសខ្ញុំផ្ទាល់ 😄",
            "កាតទូរស័ព្ទគ្រប់ប្រព័ន្ធ មានគ្រប់តម្លៃ។ ផ្ញើលេខទូរស័ព្ទមក ខ្ញុំបញ្ចូលឲ្យភ្លាម បង់តាម ABA ឬ Wing។",
            "កង់ក្មេងមួយទឹក សម្រាប់អាយុ ៦-៩ ឆ្នាំ នៅល្អ ៩០%។ ចង់មើលរូបច្រើនទៀត ឬមកសាកផ្ទាល់នៅទួលគោកក៏បាន។",
            "កាបូបសាលាមានកង់រុញ សម្រាប់សិស្សបឋមសិក្សា។ ប្រាប់ថ្នាក់កូនមក ខ្ញុំជួយរើសទំហំ។ ដឹកជញ្ជូនដល់ខេត្ត។",
        ],
        en=[
            "Girls' dresses ages 2-12 just restocked 👗 send me your child's age and size and I'll pick what fits. Inbox for more photos.",
            "Kids' phone with parental controls built in, $45. Message me for the colours left.",
            "Free Fire / ML diamonds, instant top-up by ID 24/7. Students get 10% off on Fridays 💎",
            "Selling my son's outgrown football boots, size 33, worn one season. Can send more pics or video call so you can see them.",
            "LEGO and educational toys for 5+. Tell me the kid's age and what they're into and I'll suggest a set.",
            "Baby carrier + stroller bundle, used 6 months. DM for photos, pickup in Sen Sok.",
            "Custom name stickers for school books & water bottles 🏷️ send your child's name, class and favourite colour.",
        ],
        mixed=[
            "Dress ក្មេងស្រី 2-12 ឆ្នាំ restock ហើយ 👗 send age + size កូនមក inbox មើល photo បន្ថែម",
            "Diamond FF/ML top up ភ្លាមតាម ID 24/7 សិស្ស discount 10% ថ្ងៃសុក្រ 💎",
            "Kids phone មាន parental control $45 chat មកសួរ color ដែលនៅសល់",
        ],
        latn=[
            "luk rob kmeng srey ayu 2-12 chnam, pheu ayu nirng size kon mok, nhom reus oy. inbox merl roup bonthem",
            "pich ff nirng ML bonchol plam tam ID 24/7, sis sis ban discount 10% thngai sok",
            "luk phone somrab kmeng men parental control sreab, 45$. chat mok sour por del nov sol",
            "kong kmeng mouy tek somrab ayu 6-9 chnam, nov laor 90%. chong merl roup tiet ryu mok sak pteal nov tuol kork ka ban",
            "sbek cheung kila kmeng size 28-36, prab size cheung kon mok, khnhom pheu roup pit oy merl",
        ],
    )
)

THEMES.append(
    _posts(
        "wc-benign-school",
        neg_kind="benign",
        hard=True,
        km=[
            "ថ្ងៃព្រហស្បតិ៍នេះជាថ្ងៃថតរូបសិស្សប្រចាំឆ្នាំ។ សូមឲ្យកូនពាក់ឯកសណ្ឋានស្អាត។ ឪពុកម្ដាយអាចកម្ម៉ង់រូបតាមគ្រូបន្ទុកថ្នាក់។",
            "សិស្សថ្នាក់ទី ៣ក សូមថតរូបសៀវភៅកិច្ចការផ្ទះភាសាខ្មែរ ផ្ញើចូលក្រុមថ្នាក់ ឬផ្ញើពីលេខឪពុកម្ដាយ។ — អ្នកគ្រូ ស្រីពៅ",
            "ខួបកំណើតគម្រប់ ៥ ឆ្នាំរបស់កូនប្រុសតូច 🎂🎈 អរគុណលោកយាយលោកតា និងមីងៗដែលមកចូលរួម។",
            "បើកថ្នាក់គណិតវិទ្យាបន្ថែមសម្រាប់សិស្សថ្នាក់ទី ៧-៩ ពេលល្ងាចនៅផ្ទះខ្ញុំ សិស្ស ៨ នាក់ក្នុងមួយថ្នាក់។ ឪពុកម្ដាយអាចមកអង្គុយមើលបាន។",
            "ក្លឹបបាល់ទាត់យុវជន ទទួលក្មេងអាយុ ៨-១៤ ឆ្នាំ ហ្វឹកហាត់រៀងរាល់ព្រឹកថ្ងៃសៅរ៍នៅកីឡដ្ឋានសង្កាត់។ ឪពុកម្ដាយត្រូវចុះឈ្មោះជាមួយកូន។",
            "កូនស្រីខ្ញុំរៀនថ្នាក់ទី ៤ ត្រូវការគ្រូបង្រៀនភាសាអង់គ្លេសនៅផ្ទះ ២ ថ្ងៃក្នុងមួយសប្ដាហ៍។ អ្នកណាស្គាល់គ្រូល្អ ណែនាំផង។",
            "ក្លឹបហែលទឹកកុមារ ថ្ងៃអាទិត្យនេះប្រកួតប្រចាំខែ។ ឪពុកម្ដាយសូមផ្ញើអាយុ និងថ្នាក់របស់កូនម្ដងទៀត ដើម្បីរៀបតាមក្រុមអាយុ។",
            "ថ្ងៃនេះកូនស្រីខ្ញុំចូលរៀនថ្នាក់ទី ១ ថ្ងៃដំបូង យំមិនចង់ឲ្យម៉ាក់ទៅផ្ទះ 😂❤️",
            "គ្រូបន្ទុកថ្នាក់សុំអាយុ និងទម្ងន់សិស្សទាំងអស់ សម្រាប់កម្មវិធីពិនិត្យសុខភាពរបស់មណ្ឌលសុខភាព។ ឪពុកម្ដាយសូមបំពេញទម្រង់ក្នុងក្រុម។",
        ],
        en=[
            "Reminder: school photo day is Thursday. Clean uniforms please! Parents can order prints through the homeroom teacher.",
            "Grade 3A: take a photo of your Khmer homework book and send it to the class group or from a parent's phone. — Teacher Sreypov",
            "Our little man turned 5 today 🎂🎈 thank you grandma, grandpa and all the aunties who came!",
            "Extra maths class for grades 7-9, weekday evenings at my home, max 8 students. Parents are welcome to sit in anytime.",
            "Youth football club now accepting kids 8-14, Saturday mornings at the commune stadium. A parent must register with the child.",
            "Looking for an English tutor for my daughter (grade 4), twice a week at home. Recommendations welcome!",
            "First day of grade 1 and she cried because she didn't want mum to leave 😂❤️",
        ],
        mixed=[
            "School photo day ថ្ងៃព្រហស្បតិ៍ 📸 ពាក់ uniform ស្អាតៗ parents order រូបតាមគ្រូបន្ទុកថ្នាក់",
            "Happy 5th birthday កូនប្រុសតូចរបស់ម៉ាក់ 🎂🎈 thank you យាយតា និងមីងៗ",
            "ក្លឹប football យុវជន 8-14 ឆ្នាំ ហាត់រាល់ព្រឹកសៅរ៍ parents ត្រូវ register ជាមួយកូន ⚽",
        ],
        latn=[
            "thngai prohos nis jea thngai thot roup sis, sum oy kon pak uniform saat. pa mak ach kmong roup tam krou bontuk thnak",
            "sis thnak ti 3A sum thot roup sievphov kech kar ptes pheasa khmer pheu chol group thnak. - neak krou sreypov",
            "happy birthday kon pros toch 5 chnam 🎂 arkun yeay ta nirng ming ming del mok chol ruom",
            "berk thnak kanit bonthem somrab sis thnak ti 7-9 pel lngeach nov ptes nhom, 8 nak 1 thnak. pa mak mok angkui merl ban",
            "club bal teak yuvachun totuol kmeng ayu 8-14, hat real pruek thngai sao nov kilatthan sangkat. pa mak trov chos chhmous jea mouy kon",
        ],
    )
)
