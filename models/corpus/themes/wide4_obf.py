# ruff: noqa: E501  (phrase data: one post per line reads better than wrapped strings)
"""Hand-made obfuscation, the way real users dodge keyword filters, across every label and language.

Positives are disguised by hand and usually in several ways at once: dots, dashes or spaces inside
words (f.r.e.e, l u y, ស៊ែ រ), digits and symbols for letters (fr33, l0y, $hare, @dmin), stretched
letters, emoji between or instead of words (💰 money, 🔪 knife, 🧒 child), mixed case, deliberate
misspellings, Khmer words split or written half in Latin, and chat abbreviations.

Negatives are just as stylised (stretched banter, leetspeak gamer chat, shop promotions in fancy
Unicode fonts, fans' comments, fact-checks and warnings that quote the disguised scam text), so that
odd spelling alone never reads as harmful.

Organisations are fictional, people invented, officials named only by role. Child-safety posts are
indicator level only (age questions, secrecy, photos, meeting alone, coded offers), never sexual."""

from __future__ import annotations

from typing import Any

from models.corpus.types import Theme, whole_posts

_STRATUM = "wide4"


def _posts(key: str, **fields: Any) -> Theme:
    return whole_posts(key, stratum=_STRATUM, obfuscated=True, **fields)


THEMES: list[Theme] = []

# ---------------------------------------------------------------------------------------------
# Positives: fake_news (scam giveaways, fake prizes, fake jobs, phishing)
# ---------------------------------------------------------------------------------------------

THEMES.append(_posts(
    "w4o-fake-giveaway",
    fake_news=1,
    km=[
        "🎁 ធ.នា.គា.រ ទន្លេ ចែ ក លុ.យ 💰 ១០០$ ជូនអតិថិជនគ្រប់គ្នា! គ្រាន់តែ ស៊ែ រ ប៉ុស្ត៍នេះ ហើយចុច លី ង ខាងក្រោម បំពេញលេខកាត ។ ផុតកំណត់យប់នេះ ម៉ោង ១២ !!!",
        "អបអរសាទររររ 🎉🎉 លេខទូរស័ព្ទរបស់អ្នកឈ្នះ 🏍️ ១ គ្រឿង ពីកម្មវិធី ឡូ ត៍ តា រី ខួបកំណើតក្រុមហ៊ុន ។ សូមផ្ញើ 💵 ៣០ ដុល្លារ ថ្លៃដឹក មកគណនីខាងក្រោម ដើម្បីទទួលរង្វាន់",
        "ការ ង ា រ នៅ ថៃ 🇹🇭 ប្រាក់ខែ $១៥០០ មិនបាច់ចេះភាសា មិនបាច់ លិ ខិ ត ឆ្លង ដែ ន ក្រុមហ៊ុនចេញថ្លៃធ្វើដំណើរ ១០០% ។ ផ្ញើសារមកឥឡូវ កន្លែងនៅសល់តែ ៥ ទេ!!",
        "ក្រ.សួ.ង.ការ.ងារ ផ្ដល់ឧបត្ថម្ភ ៣០០,០០០៛ 💸 ដល់ពលករ 👷 ដែលចុះឈ្មោះតាម តំ.ណ នេះមុនថ្ងៃស្អែក ។ ចែករំលែកឲ្យបងប្អូនដឹងផង មិនចុះ = មិនបាន",
        "អង្គ ការ 🌏 បរទេស ចែក អ ង្ក រ ២៥ គីឡូ + ប្រេងឆា ដល់គ្រួសារក្រីក្រ ។ គ្រាន់តែផ្ញើ រូបថតអត្ត ស ញ្ញា ណ ប័ណ្ណ និងលេខកាតធនាគារ មកកាន់ ប៉េ ច នេះ 🙏",
        "ដាក់ 💵 ១០០ ទទួលបាន ៣០០ ក្នុង ២៤ ម៉ោង ធានា 💯 គ្មានខាត ។ វិនិ យោ គ តាមក្រុម តេ.ឡេ ក្រាម របស់យើង មានអ្នកចំណេញរាប់ពាន់នាក់ហើយ 🤑🤑",
        "⚠️ សារពី ធ-ន-ា-គ-ា-រ អប្សរា ៖ គណនីរបស់អ្នកនឹងត្រូវ បិ ទ 🔒 ក្នុងរយៈពេល ២ ម៉ោង ។ សូមផ្ទៀងផ្ទាត់ភ្លាមៗ តាមតំណ ខាងក្រោម ដោយបញ្ចូលលេខសម្ងាត់ និងលេខកូដ ៦ ខ្ទង់ ដែលផ្ញើតាមសារ",
        "អគ្គិ ស នី ⚡ សងប្រាក់ វិ ញ ៥០% ថ្លៃភ្លើង ៣ ខែចុងក្រោយ ដល់គ្រួសារទាំងអស់! ចុះឈ្មោះ តា ម តំ ណ ហើយបញ្ចូលលេខគណនីធនាគារ ប្រាក់នឹងចូលក្នុង ១ ថ្ងៃ",
        "ស្ថានីយ៍ប្រេង ⛽ ធំមួយ ចាក់ប្រេងឲ្យ ហ្វ្រី ១ ខែ ដល់ ៥០០ នាក់ដំបូង ដែល ស៊ែ រ ប៉ុស្ត៍នេះ ៥ ដង ។ ខ្ញុំបានហើយ ពិ ត ៗ មិនកុហកទេ 😍",
        "ស៊ី ម ថ្មី 📱 ហ្វ្រី ១០០% + អ៊ីនធឺណិត ២០ ជីហ្គា ! គ្រាន់តែផ្ញើរូបអត្តសញ្ញាណប័ណ្ណ មុខក្រោយ មកប្រអប់សារ ហើយ យើងដឹកដល់ផ្ទះ 🚚",
        "ហ្គេ ម ថ្មី លេង ៥ នាទី បាន 💰 ១០ ដុល្លារ ដកចូល គណនី បាន ភ្លាម ! ខ្ញុំរកបាន ២០០ ដុល្លារ ក្នុង ១ សប្ដាហ៍ 🤩 ទាញយកតាម លីង ក្នុង ខមិ ន",
        "💳 កា ត ឥ ណ ទា ន ហ្វ្រី គ្មានការប្រាក់ សម្រាប់ អ្នក មាន ប្រាក់ ខែ ទាប ។ បង់តែថ្លៃ សេវា ២០ ដុល្លារ ជាមុន នោះ ធនាគារ នឹង ផ្ញើ កាត ឲ្យ ក្នុង ៣ ថ្ងៃ",
    ],
    en=[
        "🚨 FR££ $$$ 🚨 the central b@nk is giving 💵200 to every citizen who registers before midnight. Just sh4re this and cl1ck the l.i.n.k in the comments. Don't miss outtt!!!",
        "Congratsss 🎉🎉 your number was picked in the Phone Anniversary L0tt3ry. You w0n a 📱 + $500!! To claim, send a $25 'processing fee' to the M3kong W@llet account below 👇",
        "Airline giving away 2 FREEEE t!ckets ✈️ to every family for its 20th b-day. Answer 3 questions + tag 10 friends. It's legit, my cousin got hers yesterday",
        "Make $$$ from home 💸 l!ke videos = earn $5 each, no exp needed. join our teIegram grp n0w, only 30 slots left 🔥🔥",
        "ATTN: ur a.c.c.o.u.n.t will be l0cked in 2 hrs due to 'unusual activity' 🔒 Verify n0w at the link or lose all fund$. - AngkorP@y Security Team",
        "Supermarket closing sale 🛒 v0uchers worth 💲300 FREEEE for the first 1000 ppl. just fill in ur name, ph0ne n c.a.r.d no. 🙏 hurry",
        "Invest $100, get $1,000 in 7 days GUARANTEED 💯 no risk, l1censed by the g0vt. DM me 'YES' and I'll add u 🤑🤑",
        "F.R.E.E rice 🍚 sacks from an int'l NGO for poor families!! u just need to pay $10 'transport' first. Registr closes Friday, dont wait",
        "Drivers!! fuel chain giving free gas ⛽ for a whole month to the first 500 who $hare this p0st 5 times. Ends tonite. I already got my card 👍",
    ],
    mixed=[
        "ធនាគារ Tonle ចែក voucher 💰$50 free ឲ្យ customer ទាំងអស់ 🎉 គ្រាន់តែ c.l.i.c.k link ហើយ login account ... លឿនៗ ផុត 12am",
        "ខ្ញុំទើបបាន 💵300 ពី app នេះ real 100% 🤑 មិនបាច់ deposit ទេ ចុះ ឈ្មោះ តាម l!nk ក្នុង comment មុនគេ delete",
        "Job នៅ Thai 🇹🇭 salary $1200/ខែ ធ្វើការ 6h ក្រុមហ៊ុនចេញថ្លៃ v1sa ឲ្យ 💯 ... inbox ឥ ឡូ វ ព្រោះ slot តិចណាស់",
        "Fr33 📱 iPhone 15 ដល់អ្នក sh@re post នេះ 10 groups ហើយ comment 'ចង់បាន' 🙏 ម្ចាស់ page confirm ពិតៗ",
        "សារពី KhmerC@sh: account របស់បង ត្រូវ b@n 🔒 បើមិន verify ក្នុង 1h ។ ផ្ញើ OTP មកលេខនេះ ដើម្បី unlock",
    ],
    latn=[
        "Bong p'oun! Tonle Bank chek luyyy 💰 $100 free oy nak teang os, kroan tae sh@re hz click l1nk knong comment. ot kohok te!!",
        "orkunnn bong 🎉 lek ph0ne bong ban chhneah 🏍️ 1 kreung. som phnheu $30 tlai do-ek mok account khang krom, ot phnheu ot ban dae",
        "Ka-ngea nov Thai 🇹🇭 luy khe $1500 ot bach che phea-sa, ot bach p@ssport, inbox nhom lern lern slot tech nas",
        "dak l u y $100 ban $300 knong 24 mong 💯 tinh ot khat, jol gr0up t.e.l.e hz nhom prab vithi",
        "krosuong chek luy 300000 riel oy polkor 👷 kroan tae chuh chhmous tam l!nk ne mun thngai saek. Sh@re oy bong p'oun dg pg",
        "freeeee s!m 📱 ot kit l.u.y + net 10GB, phnheu tae roup kat 1D muk kroy mok nhom, ban hz doek dol ptes 🚚",
        "OMG M3kong W@llet chek $50 oy user teang os 🎉🎉 nhom ban hz pit men! click l-i-n-k knong comment lern nas",
        "P@ge nis chek 📱 20 kreung 🎁 tag mit 5 nak ruoch comment 'chong ban', ot kit luyyy te pit men 💯 nhom dg mchas page",
        "sar pi b@nk: account bong nung trov bet 🔒 kroam 2 mong. phnheu 0TP mok lek nis dermbey dohsrai. kom prab nak na",
    ],
))

# ---------------------------------------------------------------------------------------------
# Positives: fake_news (fake notices, fake cures, chain messages)
# ---------------------------------------------------------------------------------------------

THEMES.append(_posts(
    "w4o-fake-notice-cure",
    fake_news=1,
    km=[
        "📢 ជូនដំណឹងបន្ទាន់ !!! ក្រ.សួ.ង អប់រំ សម្រេចបិទសាលារៀនទូទាំងប្រទេស ២ សប្ដាហ៍ ចាប់ពីស្អែក ដោយសារ ជំ ងឺ ថ្មី ។ សូម ស៊ែ រ ឲ្យឪពុកម្ដាយគ្រប់គ្នាដឹង",
        "ប្រ ញាប់ ដក លុ យ ពី ធនាគារ 🏦 ឲ្យអស់! ក្រោយថ្ងៃទី ១៥ ក្រដាសប្រាក់ ៥ ម៉ឺនរៀល ចាស់ លែងប្រើបានហើយ ។ ព័ត៌មាន ផ្ទៃក្នុង ពីមិត្តធ្វើការ ធ.ជ.ក",
        "ទឹកក្រូចឆ្មា + ខ្ទឹមស + ទឹកឃ្មុំ 🍋🧄🍯 ផឹក ៣ ថ្ងៃ ជា សះ ស្បើយ គ្រុ ន ឈា ម ១០០% មិនបាច់ទៅពេទ្យ ចំណាយលុយឥតប្រយោជន៍ទេ",
        "ថ្នាំ ប.ុ.រា.ណ ពីភ្នំ 🌿 ព្យាបាល ម-ហា-រី-ក ជាដាច់ក្នុង ១ ខែ 💊 ពេទ្យ មិនចង់ឲ្យអ្នកដឹងរឿងនេះទេ!! ទិញបានតែតាម ប៉េ ច យើងប៉ុណ្ណោះ",
        "សារ ប ន្ត 🙏 ស៊ែររររ ទៅ ១០ ក្រុម ក្នុង ១ ម៉ោង នឹងមានសំណាងធំ ។ អ្នកណាមិនស៊ែរ នឹងជួប គ្រោះ ថ្នា ក់ ក្នុង ៧ ថ្ងៃ ។ ខ្ញុំមិនលេងសើចទេ",
        "⚠️ ព្រ មា ន ! យប់នេះ ម៉ោង ១២ ដល់ ៣ ភ្លឺ មានកាំរស្មី ពី អ វ កា ស ឆ្លងកាត់ស្រុកខ្មែរ 📵 បិទទូរស័ព្ទឲ្យអស់ ហើយដាក់ឆ្ងាយពីខ្លួន ។ ក្រ.សួ.ង សុខាភិបាល ទើបប្រកាស",
        "វ៉ា ក់ សាំ ង 💉 ថ្មីនេះ មាន ឈី ប តាមដានមនុស្ស ! អ្នកស្រុក កុំឲ្យកូនចាក់ដាច់ខាត ។ ពេទ្យម្នាក់និយាយប្រាប់ខ្ញុំផ្ទាល់",
        "ព.ត៌.មាន ក្ដៅ 🔥 ៖ ភ្លើង នឹង ដាច់ ទូទាំង ភ្នំពេញ ៧ ថ្ងៃជាប់ៗគ្នា ចាប់ពីថ្ងៃច័ន្ទ ។ ទិញទៀន ទិញអង្ករ ទុកឲ្យហើយ !!! ស៊ែរឲ្យគ្នាដឹងផង",
        "ក្រ.សួ.ង ពាណិជ្ជកម្ម ប្រកាសថា អ ង្ក រ 🌾 នឹងឡើងថ្លៃ ៣ ដង ខែក្រោយ ប្រញាប់ទិញស្តុកទុក ! ព័ត៌មាននេះ ទូរទស្សន៍ មិនហ៊ានចាក់ទេ",
        "ញ៉ាំ ស៊ុត 🥚 ជាមួយ ទឹកក្រូចកំប៉ុង 🥤 ស្លា ប់ ភ្លាម ! ក្មេងម្នាក់នៅខេត្តតាកែវ ទើបស្លាប់ម្សិលមិញ ។ ស៊ែ រ ប្រាប់គ្នាផង កុំឲ្យកូនញ៉ាំ",
        "ទឹកក្ដៅ លាយ ក្រូចឆ្មា ☕🍋 សម្លាប់ មេ រោ គ ម ហា រី ក ភ្លាមៗ ដែលពេទ្យលាក់ពីយើង ។ ផឹករៀងរាល់ព្រឹក មិនបាច់ព្យាបាលដោយគីមីទេ",
        "💢 ជូ ន ដំ ណឹ ង ៖ ចាប់ពីខែក្រោយ អ្នកជិះម៉ូតូ 🏍️ គ្មានមួក ត្រូវ ពិ ន័ យ ៥០០ ដុល្លារ និងរឹបអូសម៉ូតូភ្លាម ។ ប្រកាសផ្លូវការពី ន.គ.រ.បា.ល រួចហើយ",
    ],
    en=[
        "URGENTTT ‼️ M!n!stry of Health says drinking hot water every 15 min kills the v1rus in ur throat before it reaches the lungs. Doctors in Japan confirmed. pass it on 🙏",
        "Forward this to 15 contacts and ur phone credit gets d0ubled by the network 📲💸 it worked for my aunt, she got $20 this morning!!!",
        "n0tice: from Monday all 50,000 riel notes printed before 2015 are INVALID 🚫 Banks will not exchange them after the 10th. Sp3nd them n0w!",
        "Boil 🧄 garlic with 🍋 lime peel, drink 3 cups a day = diab3tes g0ne in 2 weeks. no more insulin. Big pharma h@tes this trick",
        "⚠️ tonite 12am–3am deadly cosmic r@ys pass over Cambodia. Turn OFF ur phones & keep them away from ur b3d. NASA said so on the news.",
        "Teachers' union leak 🤫 national exams c@ncelled this year, every student passes autom4tically. sh@re before they delete this",
        "Don't accept the new v@xx at health centres 💉 it makes women unable to have children. a nurse from Kampot told my mom 😨 SPREAD",
        "Break!ng 🐊 a giant crocodile escaped from a farm and is in the Mekong near the riverside. Schools closed tmrw. source: my friend in the p0lice. share share share",
    ],
    mixed=[
        "📢 0fficial: ក្រ.សួ.ង អប់រំ ប្រកាស h0liday បន្ថែម ៥ ថ្ងៃ ដោយសារ heatwave 🔥 ... ស៊ែ រ ឲ្យ parents ដឹងផង!!",
        "Chain msg 🙏 $hare ទៅ 20 នាក់ ឥឡូវ នឹងបាន l.u.c.k ១ ឆ្នាំ ។ skip = b@d luck 7 ឆ្នាំ 😱 កុំ ignore",
        "ផឹកទឹកស្លឹកខ្នុរ 🍃 ៣ ដង/ថ្ងៃ cure c@ncer 100% no chemo needed ... doctor ខ្លះដឹង ប៉ុន្តែមិនប្រាប់",
        "Breaking 🔴 ធ-ន-ា-គ-ា-រ ជាតិ នឹង fr33ze acc0unt ដែលមាន 💰 លើស $5000 ចាប់ពីខែក្រោយ ។ ដក cash ឲ្យហើយ!!!",
        "Update ⚠️ app taxi ធំៗ ទាំងអស់ បិទ service ទូទាំងភ្នំពេញ 1 week ដោយសារ t@x ... driver ត្រៀមឈប់ធ្វើការ",
        "v@ccine ថ្មី មាន chip 5G 📡 ពិតៗ! មើល video នេះ មុនវាត្រូវ delete 👇 កុំឲ្យកូនចាក់",
    ],
    latn=[
        "jun domnung bontoan!! krosuong op-rum bet sala teang os 2 atit chab pi saek 🏫 doy sa chhngu thmey. sh@re oy mae ov dg pong",
        "prab knea tov, l.u.y 50000 riel chas ot ban prer hz chab pi thngai 15 🏦 brojnab dork luy lern lern. pi mit knhom thver ka nov bank",
        "pheuk t.e.u.k kroch chhmar + 🧄 3 thngai chea chhngu krunnn chheam dach 100% ot bach tov pet te",
        "tnam bor@nn pi phnom 🌿 pyeabal maha-rik dach knong 1 khe. pet ot chong oy yeung dg te!! inbox mok tinh",
        "sh@re tov 10 krom knong 1 mong nung mean samnang 🍀 ot share nung juob kroh thnak knong 7 thngai 😱 knhom ot leng te",
        "yub nis mong 12 dol 3 pleu mean kamsmey pi avakas 📵 bet fone oy os, dak chngay pi kluon. kr0suong sokhapheabal teub brokas",
        "v@kxin thmei mean chip tam-dan monus!! kom oy kon chak dach khat 💉 pet mnak prab nhom pdal",
        "pheuk teuk dong 🥥 rol pruk = ot kert c@ncer mdong na te, doctor barang teub rok khernh. share shareee",
        "jun domnung: chab pi khe kroy ke phak pak 500$ chea tae ot peak moak 🪖 hz rup oh moto pleam. p0lice brokas hz",
    ],
))

# ---------------------------------------------------------------------------------------------
# Positives: harassment (insults, body shaming, pile-ons, doxxing, disguised to pass filters)
# ---------------------------------------------------------------------------------------------

THEMES.append(_posts(
    "w4o-harass",
    abuse=("harassment",),
    km=[
        "មី ជ្រូ ក 🐷 នោះ ប្រហែលជាគ្មាន ក ញ្ច ក់ នៅផ្ទះទេ មើលមុខខ្លួនឯងផង មុនប៉ុស្ត៍រូប 🤮🤮",
        "អា ល ង់ 🤡 នេះ ឆ្លើយអ្វីក៏ខុសដែរ ។ កើតមកធ្វើអី ជា ប ន្ទុ ក សង្គម សុទ្ធសាធ",
        "ស្រី ខូ ច 🙄 ដេកជាមួយប្ដីគេហើយ នៅហ៊ានប៉ុស្ត៍ពីសីលធម៌ ។ ខ្ញុំនឹងដាក់ រូបថតអេក្រង់ ឲ្យម្ដាយឯងមើល",
        "ឯងជាមនុស្ស ខ្ជិ ល ជាងគេក្នុងថ្នាក់ 🦥 ស.ម្លឹ.ង មុខឯង ខ្ញុំចង់ ក្អួ ត ។ ចេញពីក្រុមយើងទៅ",
        "អ្នកណាស្គាល់ មី នេះ 👇 ផ្ទះវានៅ ភូមិ ស្ទឹង ខណ្ឌ មានជ័យ លេខទូរស័ព្ទ ០៩៦ ៧៧៧ *** ។ ខលទៅ ជេ រ វាឲ្យហើយ រាល់យប់",
        "ខ្មៅ ដូច ធ្យូ ង 🖤 ហើយ ធា ត់ ដូចដើមចេក នៅហ៊ានថត ធី ក តុ ក 😂 អាម៉ាស់ជំនួសម្ដាយឯង",
        "អា ក ញ្ជ ះ 🤬 ឯងមិនមែនជាមនុស្សទេ ឯងជា ស ម្រា ម ។ ម្ដាយឯង ស្ដាយក្រោយ ដែលកើតឯង",
        "🤡🤡🤡 មើលមុខ ព ក ព ក នេះម៉េច! គួរឲ្យ ខ្ពើ ម ។ ស៊ែរឲ្យល្បីម្ដងហ្នឹង ឲ្យវាចេញក្រៅមិនរួច",
        "ខ្ញុំបង្កើតក្រុមថ្មី 'អ្នកស្អប់ ស.ុ.ភ.ា' 😈 ចូលមក ហើយប៉ុស្ត៍រូបឆ្គួតៗរបស់វាឲ្យច្រើន ឲ្យវាខ្មាសដល់ឈប់មករៀន",
        "ម៉េចក៏ មុខ ដូច 🐸 អ៊ីចឹង ? ឪ ឯងក៏ មិនចង់មើលមុខឯងដែរ ។ ឈប់ ប៉ុ ស្ត៍ ទៅ អ្នកណាក៏ស្អប់",
    ],
    en=[
        "look at this 🐖 in the gym pics lmaooo who told her she could wear that. d3lete ur acc sis nobody wants to see u",
        "u r such a l0$er 🤡 even ur own mom is ashamed of u. do evry1 a favour and disappear from this group",
        "every1 go sp@m @sok_ha.fan22 with 🤮🤮 emojis, make her cryyyy again like last time hahaha",
        "Fat, ugly and st00pid, the full package 📦 lol. how does a m0ron like u even get hired",
        "here's his nu.mber and wh€re he works 👇 call him every night till he quits, he deserves it",
        "n0body likes u in class. we all laugh at ur voice behind ur back 😂😂 just leave the school alr",
        "ur a dumb c0w 🐄 who got the job by sleeping w the boss, everyone at the office knows. sh@me on u",
        "screensh0ts of her old ch@ts coming tonight 📸 let the whole uni see what a cl0wn she is 🤭",
    ],
    mixed=[
        "មីនេះ ug1y ដូច 🐸 ហើយនៅ p0st s3lfie រាល់ថ្ងៃ 🤮 unfollow ទៅអស់គ្នា",
        "អា l0ser នេះ ទៅណាក៏ fail 😂 block វាចោលទៅ ហើយ kick ចេញពី group",
        "c0mment 🤡 ឲ្យពេញ post វាទៅ br0 ឲ្យវា d.e.l.e.t.e acc ខ្លួនឯង",
        "ឯងជា s.l.u.t ក្នុងថ្នាក់យើង 🙄 ដឹងគ្រប់គ្នាហើយ ។ ចាំមើល screenshot ខ្ញុំ post យប់នេះ",
    ],
    latn=[
        "mi chr0uk 🐷 nis ot mean kanh-jok nov ptes te meul muk kluon eng phg 🤮",
        "a lngonggg nis chhlery ey ka khos dae 🤡 kert mok thver ey, chea b@ntuk sangkum",
        "srey kh0ch 🙄 dek jea muoy pdey ke hz nov hean post pi sel-thor. nhom nung dak screenshot oy mae eng meul",
        "khm@v dauch tyoung, th0at dauch dem chek nov hean thot tiktok 😂 amas jumnuos mae eng",
        "nak na skoal mi nis 👇 ptes vea nov phum steung, lek f0ne 096 777 xxx, call tov jer vea oy hz rol yub",
        "eng jea monus khjillll jeang ke knong thnak 🦥 kom mok group yeung tiet, so-m-leng eng ot ch0ng lu",
        "a chhk@e 🐕 eng ot men monus te, eng jea somram. mae eng sdai kroy del kert eng",
        "c0mment 🤡🤡 oy penh p0st vea tov bro, oy vea l.u.b acc kluon eng. ot mean nak na srolanh vea te",
    ],
))

# ---------------------------------------------------------------------------------------------
# Positives: hate (coded slurs and attacks on groups; indicator level)
# ---------------------------------------------------------------------------------------------

THEMES.append(_posts(
    "w4o-hate",
    abuse=("hate",),
    km=[
        "យ.ួ.ន 🐍 ទាំងអស់ គឺជា ស ត្រូ វ ។ ធ្វើល្អប៉ុណ្ណាក៏មិនអាចទុកចិត្តបាន ។ ខ្មែរពិត កុំទិញពីតូបពួកវា",
        "ពួក 🐀🇻🇳 ចូលមកពេញ បឹ ង ទន្លេសាប ។ ដល់ពេល ដេ ញ ចេ ញ ទាំងអស់ហើយ កុំទុកមួយខ្នងផ្ទះ",
        "ខ្ទើ យ 🏳️‍🌈 ជា ជំ ងឺ ផ្លូវចិត្ត ។ កុំឲ្យពួកវាចូលជិតសាលារៀន ក្រែងចម្លងដល់ក្មេងៗក្នុងភូមិ",
        "ពួក ចិ ន 🐉 ដីគោក ក ខ្វ ក់ ដូចជ្រូក ។ កុំជួលផ្ទះឲ្យវា ស្រុកយើងនឹងស្អាតវិញ",
        "ព្ន ង ព្រៃ 🐒 ទាំងនោះ មិនមែនជាមនុស្សដូចយើងទេ ។ ហេតុអ្វីឲ្យវារៀនសាលាជាមួយកូនយើង ?",
        "ពួក ☪️ ចា ម នេះ ជា ភេ រ វ ក រ ទាំងអស់ ។ កុំឲ្យវាសង់វិហារថ្មីក្នុងភូមិយើងទៀត",
        "មនុស្ស ពិ កា រ ♿ កើតមកដោយសារ ក ម្ម អាក្រក់ជាតិមុន ។ ជួលពួកវាធ្វើការ គឺខាតលុយទទេ",
        "ស្រីៗ 👠 គ្មាន ខួ រ ទេ ដឹងតែចាយលុយប្ដី ។ មិនគួរឲ្យ ស្រី ណា ធ្វើជាមេលើប្រុសទេ",
        "ពួក ស្បែ ក ខ្មៅ 🐵 មកធ្វើការនៅភ្នំពេញ នាំតែ ឧ ក្រិ ដ្ឋ ក ម្ម ។ ម្ចាស់ផ្ទះជួលណាឲ្យពួកវាជួល គឺល្ងង់",
        "ខ្មែរ ក្រោ ម 🤢 មិនមែនខ្មែរសុទ្ធទេ ពាក់កណ្ដាលយួន ។ កុំឲ្យពួកវាធ្វើជាមន្ត្រី",
    ],
    en=[
        "y*uon get out 🐍🐍 every last one of them back across the border, this land is Khmer only",
        "those k-t-e-u-y freaks 🏳️‍🌈🤮 shouldnt be allowed near schools, they spread their dis3ase to our kids",
        "Ch!nese = 🐀. they multiplyyy & take over every street in Sihanoukville. Don't rent to them, don't sell to them",
        "Ch@m ppl are all terr0rists in disguise ☪️💣 watch them, never let them build another m0sque here",
        "w0men belong in the kitchen 🍳 not in parliament, they're too emotional to think. stop voting for them",
        "Afr!cans in PP = drvg dealers 🐒 every single 1. landlords who rent to them are part of the problem",
        "people in wheelchairs ♿ are just paying for their past-life s1ns. why should our taxes feed them?",
        "the hill tribe s@vages 🌲🐒 should stay in the jungle, they're not real Cambodians and never will be",
    ],
    mixed=[
        "yu0n 🇻🇳🐍 មិនដែលល្អទេ trust me ។ boycott តូបរបស់ពួកវាទាំងអស់ ឲ្យវាក្ស័យធន",
        "ពួក LGBT 🏳️‍🌈 ជា v1rus សង្គម 🦠 ត្រូវ b@n ពី TV ហើយពីសាលាទាំងអស់",
        "ចិ ន = 🐀 ពួកវា t@ke over ក្រុងទាំងមូលហើយ ។ d0n't rent ឲ្យវា don't $ell ដី ឲ្យវា",
        "Musl!m ☪️ ទាំងអស់ = terr0rist 💣 កុំឲ្យពួកវាធ្វើការក្នុង company យើង",
    ],
    latn=[
        "y.u.o.n 🐍 teang os jea satrov, tver laor ponman ka ot tuk chet ban. khmer pit kom tinh pi toub vea",
        "pouk kt3uyyy 🏳️‍🌈 jea chhngu pleuv chet, trov ban ot oy jol sala oy jit kmeng",
        "ch3n dei kok krakhvok dauch chrouk 🐷 kom jul ptes oy vea, srok yeung nung saat vinh",
        "pn0ng prey 🐒 teang nuh ot men monus dauch yeung te, hetu ey oy vea rean jea muoy kon yeung",
        "ch@m ☪️ teang os jea pherevakor, kom oy vea sang vihear thmey knong phum yeung tiet",
        "srey srey 👠 ot mean khu-e te, deng tae chay l0y pdey. ot kuor oy srey na thver mei te",
        "nak sbek khm@o 🐵 mok thver ka nov PP nam tae bonh-hah. mchas ptes na oy vea jul ku lngong",
        "khmer kr0m 🤢 ot men khmer sot te, pak kandal yuon. kom oy pouk vea thver montrey",
    ],
))

# ---------------------------------------------------------------------------------------------
# Positives: threat (the knife emoji, split verbs, "I know where you live")
# ---------------------------------------------------------------------------------------------

THEMES.append(_posts(
    "w4o-threat",
    abuse=("threat",),
    km=[
        "ចាំមើលចុះ ។ ខ្ញុំដឹង ផ្ទះ ឯ ង 🏠 ហើយ យប់នេះ 🔪 នឹងនិយាយជំនួសខ្ញុំ",
        "ស ម្លា ប់ ចោល ឲ្យ ង ា ប់ 💀 អានេះ បើវាហ៊ានមកផ្សារនេះម្ដងទៀត",
        "ឯងធ្វើឲ្យប្អូនខ្ញុំយំមែនទេ ? 🔫 ថ្ងៃស្អែកចេញពីសាលា ចាំ ឃើ ញ",
        "ដុ ត ផ្ទះ 🔥🏠 វាចោលទៅ ឲ្យដឹងខ្លួន ។ ខ្ញុំមាន ស ាំ ង ២ លីត្រត្រៀមហើយ",
        "ប ង់ លុ យ 💰 មកវិញក្នុង ៣ ថ្ងៃ បើមិនអញ្ចឹងទេ កូនឯង 🧒 នឹងមិនបានទៅសាលាទៀតទេ",
        "ស្គាល់ហើយ ម៉ូតូឯងពណ៌ក្រហម 🏍️ ផ្លូវដែលឯងជិះទៅធ្វើការរាល់ព្រឹក ។ ប្រយ័ត្ន បា ក់ ជើ ង 🦵",
        "ឯ ង ប្ដឹ ង ប៉ូ លិ ស ? 😈 ល្អ ។ តែចាំថា ប៉ូលិសមិនអាចនៅជាមួយឯង ២៤ ម៉ោងទេ",
        "យកដបស្រា 🍾 វា យ ក្បា ល វាឲ្យបែក ។ យប់នេះជួបគ្នានៅមុខហាងខារ៉ាអូខេ អ្នកណាទៅខ្លះ ?",
        "🔪🔪🔪 ពេលខ្ញុំចេញពី គុ ក ឯងជាមនុស្សទី ១ ដែលខ្ញុំរក ។ ត្រៀមខ្លួនទៅ",
        "ប្រពន្ធឯង ដើរផ្សារម៉ោង ៦ ព្រឹករាល់ថ្ងៃ មែនទេ ? 🙂 ប្រាប់វាឲ្យ ប្រ យ័ ត្ន ខ្លួ ន ផង",
    ],
    en=[
        "I kn0w wh3re u l!ve now 📍 sleep with 1 eye open t0nite 🔪",
        "say that again and I'll k!ll you, no joke. I'll be outside ur office at 5 💀",
        "pay b@ck the $$$ by fri or ur lil 🧒 w0n't make it to school monday. ur choice",
        "someone should b.u.r.n that shop down 🔥 with him inside. I've got the petr0l ready",
        "👀 I see ur sister at the market every morning. tell her to watch her b@ck",
        "report me to the c0ps?? go ahead. they can't guard u 24/7 😈 i'll find u",
        "next time u p0st ab0ut me ur f@ce meets 🔨🔨 and i'll send the video to ur mom",
        "gonna sh00t the next guy who parks in front of my gate 🔫 try me",
    ],
    mixed=[
        "ចាំមើល br0 🔪 ខ្ញុំ kn0w ផ្ទះ ឯ ង នៅណាហើយ ។ t0nite ឯងនឹងដឹង",
        "b.u.r.n ផ្ទះវាចោល 🔥 ខ្ញុំមានសាំង ready ហើយ ។ who ចង់ join ?",
        "p@y 💰 មកវិញ b4 ថ្ងៃសុក្រ ឬ កូនឯង 🧒 នឹង d!sappear",
        "ឯង report ប៉ូលិស ? ok 😈 ប៉ុន្តែ p0lice មិនអាចនៅជាមួយឯង 24/7 ទេ",
    ],
    latn=[
        "cham meulll, yub nis nhom deng pt3s eng hz 🔪 vea nung niyeay jumnuos nhom",
        "s0mlab chol oy ngab 💀 a nis ber vea hean mok psar nis mdong tiet",
        "song l.u.y mok vinh knong 3 thngai, ber ot dauch nhg te kon eng 🧒 nung ot ban tov sala tiet te",
        "d0t ptes vea chol 🔥🏠 oy deng kluon, nhom mean sang 2 litre triem hz",
        "skoal hz moto eng por krohom 🏍️ pl3uv eng jis tov thver ka roal pruk. brayat bak jerngggg 🦵",
        "eng pdeng p0lice? 😈 laor. tae cham tha police ot ach nov jea muoy eng 24 mong te",
        "yok dob sra 🍾 v@y kbal vea oy bek. yub nis jub knea nov muk hang karaoke",
        "pel nhom chenh pi k.u.k eng jea nak ti 1 del nhom rok 🔪🔪 triem kluon tov",
    ],
))

# ---------------------------------------------------------------------------------------------
# Positives: child_safety (indicator level only: age, secrecy, photos, meeting alone, coded offers)
# ---------------------------------------------------------------------------------------------

THEMES.append(_posts(
    "w4o-child",
    abuse=("child_safety",),
    km=[
        "អូន អា យុ ប៉ុន្មានហើយ ? ១២ មែន ? 🧒 កុំប្រាប់ ម៉ា ក់ ប៉ា ថាយើងឆាតគ្នាណា នេះជា អា ថ៌ កំ បាំ ង របស់យើងពីរនាក់ 🤫",
        "ផ្ញើ រូ ប ថ ត 📸 ខ្លួនឯងពេលនៅម្នាក់ឯង មកបងមើលម្ដង ។ បងឲ្យកាតទូរស័ព្ទ ៥ ដុល្លារ 💳",
        "ចេញពីសាលា ដើរមកហាងកាហ្វេក្បែរនោះ ម្នា ក់ ឯ ង ណា កុំនាំមិត្តមក 🤫 បងរង់ចាំទិញទឹកក្រឡុកឲ្យ",
        "លុ ប សា រ ទាំងអស់ 🗑️ ក្រោយឆាតជាមួយបងហើយ ។ ប៉ា ម៉ាក់ មិនយល់ពីយើងទេ",
        "ក្មេងស្រី 👧 អាយុក្រោម ១៥ ចង់រក លុ យ ងាយៗ 💰 ផ្ញើសារមកបង ឆាតដោយ ស ម្ងា ត់ មិនចាំបាច់ប្រាប់គ្រួសារ",
        "ប្អូនរៀនថ្នាក់ទីប៉ុន្មាន ? 📚 បងចង់ស្គាល់ឲ្យជិតជាងនេះ ។ ដូរទៅឆាតក្នុង ក ម្ម វិ ធី ផ្សេង ដែលម៉ាក់មើលមិនឃើញបានទេ ?",
        "មាន រូ ប 🍭 ក្មេ ង ស្រស់ៗ សម្រាប់ដូរគ្នា ។ ចូលក្រុម ស.ម្ងា.ត់ តាមលេខកូដខាងក្រោម មិនទទួលមនុស្សចម្លែក",
        "ចុងសប្ដាហ៍នេះ បងមកយកអូននៅមុខផ្ទះ 🏍️ យើងទៅដើរលេង ពី រ នា ក់ ។ ប្រាប់ម៉ាក់ថាទៅរៀនគួរណា",
        "អូនស្អាតជាងក្មេងដទៃក្នុងថ្នាក់ 😍 កុំឲ្យ គ្រូ ឬ មិ ត្ត ដឹងថាបងផ្ញើ កា ដូ 🎁 ឲ្យអូន",
        "ទទួលក្មេងអាយុ ១៣-១៦ ធ្វើការ 'ពិសេស' 💵 នៅខារ៉ាអូខេ ប្រាក់ខែខ្ពស់ មិនត្រូវការ ការ អ នុ ញ្ញា ត ពីឪពុកម្ដាយ",
    ],
    en=[
        "how old r u? 13? 🧒 cool. dont tell ur parents about our ch@ts ok, its our little s3cret 🤫",
        "send me a p!c 📸 of u in ur room when ur alone, i'll top up ur phone $10 💳",
        "lets move to a pr1vate app 📲 where ur mom can't see. delete this convo after ok?",
        "meet me after school by the back gate, come al0ne, don't bring ur friends 🍦 i'll buy u ice cream",
        "got fr3sh 🍭 p1cs of y0ung ones to trade, tg only, no c0ps. ask for the folder code",
        "ur so mature for 12 😍 not like other kids. our friendship is sp3cial, grown-ups wouldn't understand",
        "hiring g!rls 14-16 for 'hostess' work 💵💵 easy $$$, no parent permission needed, we arrange transport",
        "I'll p!ck u up sat m0rning 🚗 just tell ur d@d ur at a friend's house. it'll be fun just us 2 🤐",
    ],
    mixed=[
        "អូន age ប៉ុន្មាន ? 11 ? 🧒 ok កុំ tell ម៉ាក់ ណា our s3cret 🤫",
        "send p!c 📸 ពេលអូននៅម្នាក់ឯង មកបង ។ បង top up ឲ្យ $5 💳",
        "d3lete ch@t ទាំងអស់ 🗑️ ពេលម៉ាក់ចូល ។ m0ve ទៅ app ផ្សេង ដែលម៉ាក់មិនដឹង",
        "Saturday បង pick up អូននៅមុខសាលា 🏍️ come al0ne ណា ប្រាប់ប៉ាថាទៅផ្ទះមិត្ត",
    ],
    latn=[
        "oun ayukkk ponman hz? 12 men? 🧒 kom prab m@k pa tha yeung chat knea na, nis jea atkambang yeung 2 nak 🤫",
        "phnheu r0up thot kluon eng pel nov mnak eng mok bong meul mdong 📸 bong oy kat fone $5",
        "chenh pi sala deer mok hang cafe kbae nuh m.n.a.k e.n.g na, kom nam mit mok 🤫 bong cham tinh teuk krolok oy",
        "lub sar teang os 🗑️ kroy chat jea muoy bong hz. pa m@k ot yol pi yeung te",
        "oun rean thnak ti ponman? 📚 b0ng chong sk0al oy jit jeang nis, dor tov chat knong app phsaeng del mak ot kernh",
        "chong sabda nis b0ng mok yok oun nov muk ptes 🏍️ yeung tov deer leng 2 n@k. prab mak tha tov rean kuor na 🤐",
        "oun saat jeang kmeng dtei knong thnak 😍 kom oy kru rer mit d3ng tha bong phnheu kad0 🎁 oy oun",
        "mean r0up 🍭 kmeng sros sros somrab dor knea. jol krom s0mngat tam c0de khang krom",
    ],
))

# ---------------------------------------------------------------------------------------------
# Negatives: banter between friends, typed just as oddly as the abuse
# ---------------------------------------------------------------------------------------------

THEMES.append(_posts(
    "w4o-neg-banter",
    neg_kind="banter",
    km=[
        "ហាហាហាហា 🤣🤣 អាមិត្តខ្ញុំ ញ៉ាំ ប ា យ ៣ ចាន ហើយ នៅថាមិនឆ្អែត ។ ពោះ ដូ ច ស្គ រ ហើយ បងប្អូន",
        "ម៉ា ក់ ខ្ញុំ នឹង ស ម្លា ប់ ខ្ញុំ 😭🔪 បើដឹងថាខ្ញុំបាក់កញ្ចក់ម៉ូតូគាត់ម្ដងទៀត ។ ជួយអធិស្ឋានផង ហាហា",
        "អូយយយយយ ស្អាតណាស់ ថ្ងៃនេះ 😍😍 ប្ដូរម៉ូដសក់ថ្មីមែន ? ដូចតារាកូរ៉េតែម្ដង",
        "អាល្ងង់ 🤪 ទៅផ្សារ ភ្លេចកាបូបលុយនៅផ្ទះ ហើយឲ្យខ្ញុំចេញលុយឲ្យទៀត ។ ជំពាក់ខ្ញុំ ២ កែវ កាហ្វេ ណា 😂",
        "ប្អូ ន ប្រុ ស ខ្ញុំ ប្រឡងជាប់ហើយយយយ 🎉🎉 មិនគួរឲ្យជឿ អាខ្ជិលនេះ រៀនតែ ២ យប់ 😂 ចាំញ៉ាំលៀងណា",
        "យប់នេះ ឌ ឺ ត 🏃 ហាត់ប្រាណ តែញ៉ាំ នំ ប៉័ ង ៣ ដុំ មុនចេញ ។ ស្រកទម្ងន់ ស្ទាយ ខ្មែរ 😅",
        "ស ម្លា ញ់ ខ្ញុំ ច្រៀង ខារ៉ាអូខេ 🎤 ដូចឆ្កែលូ ហាហា តែគេនៅតែច្រៀងពេញមួយយប់ 🐶🤣",
        "ប្រុ ស ៗ ក្រុមខ្ញុំ ដេក ដល់ ម៉ោង ១២ ថ្ងៃត្រង់ 😴😴 ហើយហៅខ្លួនឯងថា អ្នករកលុយ ដ៏ ខ្លាំ ង ហាហា",
        "ស្រលាញ់ណាស់ណាស់ណាស់ 💕💕💕 មិត្តភក្ដិខ្ញុំទិញ នំ ខួ ប កំ ណើ ត ឲ្យដោយមិនប្រាប់ ។ យំ បាត់ 😭",
        "ឆ្កួតហើយ អាមិត្តនេះ 🤣 រត់ចេញពីទឹក ព្រោះ ខ្លា ច ត្រី តូចមួយ ។ ថតវីដេអូទុកហើយ ចាំ ប៉ុស្ត៍ថ្ងៃខួប",
    ],
    en=[
        "brooo ur cooking is a cr1me 💀💀 who puts sugar in fried rice. ily tho",
        "omgggg ur baby is sooooo cuteeeee 😭😭😭 those cheeks, I'm st3aling her (jk ask m@ma first)",
        "my sis is gonna k1ll me 🔪😂 borrowed her dress and spilled iced coffee on it. pray for me",
        "u absolute cl0wn 🤡 u forgot the tickets AGAIN. fine, ur buying dinner lol",
        "LMAOOOO bestie fell asleep in the cinema and snored through the whole movie 😂😂 i have a video, it's going in ur wedding slideshow",
        "ur l8 again 🐢🐢 we 0rdered with0ut u, ur n00dles r c0ld. serves u right haha",
        "he's a savage on the dance fl00r 🕺🔥 nobody could stop him at the wedding last nite",
        "s0rry n0t s0rry 😜 I ate the l@st mango. come f1ght me",
    ],
    mixed=[
        "b3stie ខ្ញុំ c00k ម្ហូប ដូ ច សំ រា ម 💀😂 តែ ខ្ញុំ ញ៉ាំ អស់ ព្រោះ love ហាហា",
        "ងងុយ ណាស់ lolll 😴 meeting ព្រឹក នេះ ដូចជា 3 hours ខ្ញុំ ស្លា ប់ ហើយ",
        "អា b.r.o នេះ lose game ម្ដងទៀត 🎮 ត្រូវ ទិញ ទឹកក្រូច ឲ្យ ក្រុម ទាំងមូល 🤣",
        "OMGGG 😍 ម៉ូដ សក់ ថ្មី ស្អាត ណាស់ s!s ដូច !dol តែម្ដង 💅",
    ],
    latn=[
        "hahaha 🤣🤣 a mit nhom nham bay 3 chan hz nov tha ot chhaet. pooh dauch skor hz b0ng p'oun",
        "m@k nhom nung somlab nhom 😭🔪 ber deng tha nhom bak kanhjok moto kot mdong tiet. hahaha juy phg",
        "ouyyyy saat nasss thngai nis 😍😍 dor m0d sok thmey men? dauch d@ra korea tae mdong",
        "a lngong 🤪 tov psar phlich kabao luy nov ptes hz oy nhom chenh luy oy tiet. jompeak nhom 2 kaev kafe na 😂",
        "p'oun pr0s nhom pr0long jab hzzzz 🎉🎉 ot kuor oy jeu, a khjil nis rean tae 2 yub 😂",
        "srol@nh nhom chrieng k@raoke 🎤 dauch chhkae lou haha, tae ke nov tae chrieng penh yub 🐶🤣",
        "pros pros krom nhom dek dol mong 12 thngai trong 😴 hz hav kluon eng tha nak rok luy klang bomphot lolll",
        "chkuot hz a m.i.t nis 🤣 rot chenh pi teuk prous klach trey toch muoy. thot video tuk hz, cham post thngai khuob",
    ],
))

# ---------------------------------------------------------------------------------------------
# Negatives: benign but stylised (shops in fancy fonts, gamers' leetspeak, fans, everyday emoji)
# ---------------------------------------------------------------------------------------------

THEMES.append(_posts(
    "w4o-neg-stylised",
    neg_kind="benign",
    hard=True,
    km=[
        "✨ ប ញ្ចុះ ត ម្លៃ ✨ អាវយឺតគ្រប់ម៉ូដ ត្រឹម ៣ ដុល្លារ 👕 ដឹកជូនដល់ផ្ទះ ហ្វ្រី ក្នុងភ្នំពេញ ។ ហាងបើករៀងរាល់ថ្ងៃ ៨ ព្រឹក ដល់ ៨ យប់",
        "កាំបិត 🔪 ដែកអ៊ីណុក សម្រាប់ផ្ទះបាយ ១ ឈុត ៦ ដើម មុតល្អ មិនច្រែះ ។ តម្លៃ ១២ ដុល្លារ មកមើលផ្ទាល់នៅហាងបាន",
        "សម្លៀកបំពាក់ ក្មេ ង តូ ច 🧒👕 អាយុ ១ ដល់ ៦ ឆ្នាំ ក្រណាត់ទន់ មិនរមាស់ ។ ទិញ ២ ថែម ១ ពេញមួយខែនេះ 🎈",
        "ស ន្សំ លុ យ 💰 ៥ វិធី សម្រាប់និស្សិត ៖ ធ្វើបាយខ្ចប់ ជិះកង់ ចុះបញ្ជីចំណាយ ... អ្នកណាមានវិធីទៀត ចែករំលែកផង 👇",
        "ហ្គេមយប់មិញ ខ្ញុំ ស ម្លា ប់ បាន ១៥ នាក់ ក្នុងមួយវគ្គ 🎮🔥 ក្រុមយើងឈ្នះ ៣ វគ្គជាប់ ។ ស្អែកលេងទៀតម៉ោង ៨",
        "ស្រ លាញ់ អ៊ី ដុ ល ខ្ញុំ ណាស់ណាស់ 💜💜💜 ខមិនវីដេអូថ្មីជួយគាត់ផង កុំឲ្យអន់ជាងក្រុមផ្សេង",
        "🍜 គុយទាវ ស ា ច់ គោ ឆ្ងាញ់ ដ ល់ ឆ្អឹ ង 🤤 ១ ចាន ៧ ពាន់រៀល ។ ហាងនៅក្បែរវត្ត បើកពីព្រលឹម",
        "ថតរូប 📸 កូនៗ ថ្ងៃចូលរៀនដំបូង 🎒 ម្នាក់ៗញញឹមធំ ។ ម៉ាក់សប្បាយចិត្តណាស់ ជូនពរកូនរៀនពូកែ",
        "ហ្វ្រី ដឹ ក ជញ្ជូន 🚚 រាល់ការកម្ម៉ង់ លើស ២០ ដុល្លារ ។ ផ្លែឈើស្រស់ពីចម្ការ ស្វាយ ធុរេន មង្ឃុត 🥭 កម្ម៉ង់តាមលេខហាង",
        "ប្រុ ស ខ្ញុំ រៀន ហែ ល ទឹ ក បាន ហើយ 🏊 អាយុ ៧ ឆ្នាំ ។ គ្រូបង្វឹកនៅអាងក្បែរផ្ទះ អត់ធ្មត់ណាស់ ណែនាំឲ្យម៉ាក់ៗ",
        "ក្រុម បា ល់ ទា ត់ យើង ស ម្លា ប់ គូប្រកួត ៥-០ ⚽🔥 ពេញមួយវគ្គ គេប៉ះបាល់មិនបានសោះ",
        "ប្រូ ម៉ូ ស ិ ន 🎉 កាហ្វេទឹកដោះគោទឹកកក ទិញ ១ ថែម ១ ☕ ត្រឹមតែថ្ងៃសៅរ៍ និងអាទិត្យនេះ សាខាទាំងអស់",
        "ពិធីបុណ្យចូលឆ្នាំ 🎊 នៅភូមិយើង មានលេងទាញព្រ័ត្រ បោះអង្គុញ ។ ក្មេងៗ 🧒 សប្បាយណាស់ ថតទុកជាអនុស្សាវរីយ៍",
        "អូ យ យ យ ភ្លៀងធំណាស់ 🌧️🌧️ ផ្លូវមុខផ្ទះលិចដល់ជង្គង់ ។ ស្អែកប្រហែលជាគ្មានផ្សារហើយ",
    ],
    en=[
        "𝐅𝐑𝐄𝐄 𝐃𝐄𝐋𝐈𝐕𝐄𝐑𝐘 🛵 on all orders over $15 this week!! fresh croissants 🥐 baked every morning at our Toul Kork shop",
        "gg ez n00bs 😎 headsh0t x12 last round, our squad carried. rematch 2nite at 9?",
        "ᴋɪᴅꜱ ᴀʀᴛ ᴄʟᴀꜱꜱ 🎨🧒 every Saturday 9–11am, ages 5 to 10. parents welcome to stay and watch. limited seats",
        "OMGGGG the concert was INSANEEEE 😭😭💜 she sang my fav song 2x, my voice is g0ne",
        "I k1lled it at the job interview todayyy 💼🔥 fingers crossed they call me back",
        "🔪 kn1fe skills workshop 🔪 learn to chop like a chef in 2 hours. $15 incl. ingredients, spots left: 6",
        "𝓗𝓪𝓹𝓹𝔂 𝓑𝓲𝓻𝓽𝓱𝓭𝓪𝔂 to my little br0 🎂🎈 12 already?? stop growing up so fast",
        "s@ving t!p 💰 put every 5,000 riel note u get into a jar. after 1 year i had over $200 lol try it",
        "that boss fight was br00tal 💀 died 17 times before I finally beat it. worth it tho",
        "🅢🅐🅛🅔 🅢🅐🅛🅔 phone cases 50% off till Sunday 📱 cute designs, come see us at the mall 2nd floor",
    ],
    mixed=[
        "𝐍𝐄𝐖 𝐀𝐑𝐑𝐈𝐕𝐀𝐋 👗 សំលៀកបំពាក់ស្រីម៉ូដកូរ៉េ size S-XL តម្លៃ $8 ប៉ុណ្ណោះ ។ free delivery ក្នុងភ្នំពេញ 🛵",
        "ក្រុមខ្ញុំ win 5 ប្រកួតជាប់ 🎮 gg wp ។ អា n00b ម្នាក់នោះ carry ល្អណាស់ថ្ងៃនេះ 😂",
        "ស្រ លាញ់ 0ppa ណាស់ 😭💜 c0meback ថ្មី sl@yyy ខ្លាំងពេក stream ឲ្យច្រើនណា fam",
        "𝙎𝙖𝙡𝙚 50% 🎉 ស្បែកជើងកីឡា ចាប់ពី $12 ។ ហាងនៅផ្សារថ្មី ជាន់ទី ២ មកមើលផ្ទាល់",
        "k!ds' sw!m cl@ss 🏊🧒 ចាប់ផ្ដើមខែក្រោយ អាយុ 5-10 ឆ្នាំ ។ ម៉ាក់ៗ register នៅ front desk បាន",
        "ញ៉ាំ b.u.f.f.e.t 🍲 ថ្ងៃនេះ ឆ្អែតរហូតដល់ស្លា ប់ 😵 worth it ណាស់ $10 ប៉ុណ្ណោះ",
    ],
    latn=[
        "✨ bonh choh tlai ✨ av yeut krob mod trem tae 3 dollar 👕 doek dol ptes fr33 ot kit luy knong PP te bong",
        "k@mbet 🔪 dek in0x somrab ptes bay 1 chhut 6 deum, mut laor ot chrers. 12$ mok meul pdal ban",
        "yub mign nhom s0mlab ban 15 n@k knong 1 vorg 🎮🔥 krom yeung chhneah 3 vorg jab. saek leng tiet mong 8",
        "srolanh idol nhom nasss nasss 💜💜💜 comment video thmey juy kot phg",
        "kuyteav sach ko chhnganh dol cheung 🤤🍜 1 chan 7000 riel, hang nov kbae voat beuk pi prolerm",
        "s0nsom l.u.y 💰 5 vithi somrab nisit: thver bay kchob, jis kong, kot chomnay... nak na mean vithi tiet share pg 👇",
        "kon pros nhom rean hael teuk ban hzzz 🏊 ayuk 7 chnam. kru nov ang kbae ptes otmot nas",
        "pr0m0tion 🎉 k@fe teuk dos ko teuk kork tinh 1 thaem 1 ☕ tae thngai sao ng atit nis",
        "kr0m bal-toat yeung somlab ke 5-0 ⚽🔥 penh 1 vorg ke ot ban bos bal sos",
        "ouyyy plieng thom nas 🌧️🌧️ pleuv muk ptes lech dol chongkong. saek brahel jea ot mean psar hz",
    ],
))

# ---------------------------------------------------------------------------------------------
# Negatives: fact-checks that quote the disguised scam or hoax text in order to debunk it
# ---------------------------------------------------------------------------------------------

THEMES.append(_posts(
    "w4o-neg-factcheck",
    neg_kind="fact_check",
    km=[
        "❌ មិនពិតទេ ! សារដែលសរសេរថា 'ធ.នា.គា.រ ចែ ក លុ.យ ១០០$' គឺជាការបោកប្រាស់ ។ ធនាគារទន្លេ បញ្ជាក់ថា មិនមានកម្មវិធីនេះទេ ហើយមិនដែលសុំលេខកាតតាមតំណទេ",
        "ពិនិត្យការពិត 🔎 ៖ ប៉ុស្ត៍ 'ក្រ.សួ.ង អប់រំ បិទសាលា ២ សប្ដាហ៍' ជារូបភាពកែច្នៃ ។ ក្រសួងមិនបានចេញសេចក្ដីជូនដំណឹងបែបនេះទេ សូមកុំស៊ែរបន្ត",
        "ការពិតគឺ ៖ ទឹកក្រូចឆ្មា និងខ្ទឹមស 🍋🧄 មិនអាចព្យាបាល 'គ្រុ ន ឈា ម' បានទេ ។ បើកូនមានគ្រុនខ្លាំង សូមនាំទៅមណ្ឌលសុខភាពភ្លាម",
        "រឿង 'កាំរស្មី ពី អ វ កា ស យប់នេះ បិទទូរស័ព្ទ' 📵 ជាសារបន្តចាស់ ដែលវិលមកវិញរៀងរាល់ឆ្នាំ ។ គ្មានស្ថាប័នណាមួយបានប្រកាសរឿងនេះទេ",
        "⚠️ ការពិត ៖ ក្រដាសប្រាក់ ៥ ម៉ឺនរៀលចាស់ នៅតែប្រើបានធម្មតា ។ សារ 'ប្រ ញាប់ ដក លុ យ' ដែលកំពុងចែកគ្នា មិនមែនមកពីធនាគារជាតិទេ",
        "សារ 'ស៊ែររររ ទៅ ១០ ក្រុម នឹងមានសំណាង' 🙏 គ្មានអ្វីពិតទេ ។ វាគ្រាន់តែជាសារបន្តដើម្បីឲ្យប៉េចមានអ្នកមើលច្រើន ។ មិនស៊ែរ ក៏គ្មានគ្រោះថ្នាក់អីដែរ",
        "ពិនិត្យ 🔍 ៖ 'វ៉ា ក់ សាំ ង មាន ឈី ប' គឺជាព័ត៌មានក្លែងក្លាយ ។ ម្ជុលចាក់ថ្នាំតូចពេក ហើយវ៉ាក់សាំងត្រូវបានត្រួតពិនិត្យមុនប្រើ",
    ],
    en=[
        "FACT CHECK ❌ the post saying 'central b@nk giving 💵200 to every citizen, cl1ck the l.i.n.k' is a phishing scam. The bank runs no such scheme. Don't enter ur card details.",
        "No, drinking hot water every 15 minutes does not 'kill the v1rus in ur throat' 🚫 this message has circulated since 2020 and health authorities have debunked it repeatedly.",
        "Debunked 🔎 the 'Phone Anniversary L0tt3ry' asking for a $25 'processing fee'. Real prizes never ask you to pay first. Report the number and block it.",
        "That viral 'giant crocodile 🐊 in the Mekong, schools closed tmrw' post uses a photo from another country taken years ago. Schools are open as normal.",
        "Claim: 'F.R.E.E rice sacks, pay $10 transport first'. Verdict: FALSE ❌ no NGO charges a fee to receive aid. Several people in our commune lost money to this.",
    ],
    mixed=[
        "Fact check ❌ post 'Fr33 📱 iPhone 15 ដល់អ្នក sh@re 10 groups' គឺ fake page ។ ម្ចាស់ brand មិនបានធ្វើ giveaway នេះទេ",
        "ការពិត 🔎 ៖ message 'v@ccine មាន chip 5G' ជា fake news ចាស់ ។ video នោះ edit ពីខ្សែភាពយន្ត សូមកុំ share",
        "សារ 'KhmerC@sh: account ត្រូវ b@n ផ្ញើ OTP' ❌ មិនមែនពីក្រុមហ៊ុនទេ ។ ក្រុមហ៊ុនមិនដែលសុំ OTP តាម chat ឡើយ",
    ],
    latn=[
        "ot pit te ❌ sar del sorser tha 'Tonle Bank chek luyyy $100, sh@re hz click l1nk' jea kar bok-bras. bank ot mean kamvithi nis te",
        "pinit kar pit 🔎 post 'kr0suong op-rum b3t sala 2 atit' jea roup kae. krosuong ot ban chenh jun domnung bep nis te, kom share bontor",
        "kar pit: teuk kroch chhmar nung ktem sor 🍋🧄 ot ach pyeabal 'krunnn chheam' ban te. ber kon krun klang, nam tov monti pet plam",
        "sar 'sh@re tov 10 krom nung mean samnang' 🙏 ot mean ey pit te, jea sar bontor oy page mean nak meul chhran. ot share ka ot ey dae",
        "kar pit ⚠️ luy 50000 riel chas nov tae prer ban thommada. sar 'br0jnab d.o.r.k l.u.y' ot men mok pi bank jeat te",
    ],
))

# ---------------------------------------------------------------------------------------------
# Negatives: awareness posts that show the disguises so that people recognise them
# ---------------------------------------------------------------------------------------------

THEMES.append(_posts(
    "w4o-neg-awareness",
    neg_kind="awareness",
    km=[
        "💡 ដឹងទេ ? ក្រុមបោកប្រាស់ ចូលចិត្តសរសេរ 'ហ្វ្រី' 'លុ.យ' 'ស៊ែ រ' ដាក់ចុច ឬដកឃ្លា ដើម្បីគេចពីប្រព័ន្ធត្រង ។ ឃើញពាក្យបែបនេះ ត្រូវប្រុងប្រយ័ត្នទ្វេដង",
        "ម៉ាក់ប៉ាទាំងអស់គ្នា 🙏 សូមពិនិត្យទូរស័ព្ទកូន ។ បើមានអ្នកចម្លែកសួរ 'អូនអាយុប៉ុន្មាន' ហើយប្រាប់ 'កុំប្រាប់ម៉ាក់' 🤫 នោះជាសញ្ញាគ្រោះថ្នាក់ សូមរាយការណ៍ភ្លាម",
        "សញ្ញាសារបោក ៥ ចំណុច 📋 ៖ ១. អក្សរចម្លែក 'ហ្វ្រី ី ី' 'លុ$យ' ២. ប្រញាប់ 'ផុតកំណត់យប់នេះ' ៣. សុំលេខកាត ៤. សុំថ្លៃសេវាមុន ៥. តំណខ្លីមិនស្គាល់",
        "ពាក្យជេរប្រមាថ ទោះសរសេរជា អ.ក្ស.រ ដាច់ៗ ឬប្រើ 🐷🤡 ជំនួស ក៏នៅតែជាការបៀតបៀនដែរ ។ បើកូនអ្នកត្រូវគេធ្វើបែបនេះ កុំស្ងៀម",
        "🧒 កូនអ្នកលេងហ្គេមអនឡាញ ? អ្នកខ្លះសុំ ដូរទៅកម្មវិធីផ្សេង ឬ 'ផ្ញើរូបពេលនៅម្នាក់ឯង' ជាថ្នូរនឹងកាតទូរស័ព្ទ 💳 ។ បង្រៀនកូនឲ្យប្រាប់ម៉ាក់ប៉ាជានិច្ច",
        "ការងារ 'នៅ ថៃ 🇹🇭 ប្រាក់ខែ ១៥០០$ មិនបាច់លិខិតឆ្លងដែន' ជាល្បិចជួញដូរមនុស្ស ។ ចង់ធ្វើការក្រៅប្រទេស សូមទៅតាមភ្នាក់ងារស្របច្បាប់ប៉ុណ្ណោះ",
    ],
    en=[
        "PSA 📢 scammers write 'fr33', 'f.r.e.e', 'c@sh' and '$hare' to slip past filters. Odd spelling + urgency + a link = walk away.",
        "Teachers: cyb3rbullies now use em0ji instead of words 🐷🐸🤡 under a classmate's photo. It's still bullying. Screenshot, report, talk to the student.",
        "Parents, learn the red flags 🚩 an adult who asks ur child's age, says 'our little s3cret', asks for photos or to meet al0ne. Save the chat and report it.",
        "Hate doesn't disappear because someone writes it as y*u*o*n, with @sterisks or 🐍🐀 emoji. Our group removes coded slurs too, please report them.",
        "🔐 Reminder: no bank, wallet or telco will ever ask for ur OTP. If a message says 'account l0cked, verify n0w', call the number on the back of ur card instead.",
    ],
    mixed=[
        "💡 Tips: page fake ចូលចិត្តសរសេរ 'Fr33', 'l!nk', 'W@llet' ដើម្បីគេច filter ។ ឃើញ spelling ចម្លែក + ប្រញាប់ + link = កុំចុច",
        "ម៉ាក់ៗ 🙏 check ch@t កូនផង ។ adult ណាសួរ @ge ហើយប្រាប់ 'delete chat កុំ tell ម៉ាក់' 🤫 គឺជា red flag 🚩 report ភ្លាម",
        "ការគំរាមដោយ em0ji 🔪💀 ឬ 'k!ll u' ក៏ជាការគំរាមដែរ ។ screenshot ទុក ហើយ report ទៅប៉ូលិស ឬ admin group",
    ],
    latn=[
        "dg te? krom bok chol chet sorser 'fr33', 'l.u.y', 'sh@re' dak chuch rer dork khleah dermbey kech filter. khernh bep nis trov bro-yat 2 dong 💡",
        "mae ov teang os 🙏 som check phone kon. ber mean nak chomlek suor 'oun @yuk p0nman' hz prab 'kom prab mak' 🤫 ku jea sanhya kroh thnak",
        "peak jer, toh sorser jea a.k.s.o dach dach rer prer 🐷🤡 jumnuos, ka nov tae jea kar biet-bien dae. kom sngiem",
        "ka-ngea 'nov th@i 🇹🇭 luy khe 1500$ ot bach p@ssport' jea lbech juonh dor monus. chong thver ka krao srok, tov tam pneak ngea sraob chbab pon-nos",
    ],
))

# ---------------------------------------------------------------------------------------------
# Negatives: angry complaints typed in caps, stretched letters and emoji
# ---------------------------------------------------------------------------------------------

THEMES.append(_posts(
    "w4o-neg-complaint",
    neg_kind="complaint",
    km=[
        "ខ ឹ ង ណា ស់ 😡😡 កម្ម៉ង់ឥវ៉ាន់ តាំងពី ២ សប្ដាហ៍មុន នៅតែមិនទាន់មកដល់ ។ ខលទៅហាងក៏មិនលើក ។ សេវាអន់បំផុត",
        "ភ្លើ ង ដា ច់ ទៀ ត ហើ យ 🕯️🕯️ សប្ដាហ៍នេះ ៤ ដងហើយ ទូទឹកកកខូចអស់ ។ អ្នកទទួលខុសត្រូវ ជួយពន្យល់ផងបានទេ ?",
        "ផ្លូ វ ភូ មិ ខ្ញុំ 🕳️🕳️ រន្ធធំៗ ពេញផ្លូវ ម៉ូតូដួលរាល់ថ្ងៃ ។ ស្នើសុំជួសជុលតាំងពីឆ្នាំមុន នៅតែស្ងៀម",
        "អ៊ីនធឺណិត យឺ ត ដូ ច អ ណ្ដើ ក 🐢 បង់លុយរាល់ខែ តែមើលវីដេអូមួយ ផ្អាកៗ ១០ ដង ។ ហួសចិត្តណាស់",
    ],
    en=[
        "WORST SERVICEEEE 😤😤 waited 3 hrsss at the clinic with a sick baby and they served ppl who came after us. never again",
        "ordered a 'large' pizza 🍕 and got something the size of my ph0ne. $12 for THIS?? smh",
        "the buss was 2 hrs l8 AGAIN 🚌🐌 no announcement, no apology. we paid for 'express'. lol ok",
    ],
    mixed=[
        "D3livery app នេះ ☹️☹️ c@ncel order ខ្ញុំ 3 ដងហើយ តែកាត់លុយ 💸 ចេញពី account ។ customer service មិន reply សោះ",
        "ហាង ph0ne នេះ f!x screen $40 ប៉ុន្តែ 2 ថ្ងៃ ខូចវិញ 😡 ទៅ complain គេប្រាប់ no warranty ។ ប្រយ័ត្នផងអស់គ្នា",
    ],
    latn=[
        "khengg nas 😡😡 order eivan tang pi 2 atit mun nov tae ot torn mok dol. c@ll tov hang ka ot lerk. sevakam 0n bomphot",
        "pl3ung d.a.c.h tiet hz 🕯️🕯️ atit nis 4 dong hz, tou teuk kork khoch os. nak torl khos trov juy pon-yol phg ban te?",
        "internet yeut dauch andeukkk 🐢 bong luy roal khe tae meul video muoy faak 10 dong. huos chet nas",
    ],
))

# ---------------------------------------------------------------------------------------------
# Negatives: official warnings that quote the disguised scam messages
# ---------------------------------------------------------------------------------------------

THEMES.append(_posts(
    "w4o-neg-official",
    neg_kind="official_warning",
    km=[
        "សេចក្ដីជូនដំណឹង ៖ ធនាគារទន្លេ សូមជម្រាបថា សារដែលសរសេរ 'ធ.នា.គា.រ ទន្លេ ចែ ក លុ.យ' មិនមែនមកពីធនាគារទេ ។ ធនាគារមិនដែលសុំលេខសម្ងាត់ ឬលេខកូដតាមសារឡើយ",
        "ស្នងការដ្ឋាននគរបាលខេត្ត សូមអំពាវនាវ ៖ កុំជឿប៉ុស្ត៍ 'ការ ង ា រ នៅ ថៃ មិនបាច់លិខិតឆ្លងដែន' ។ ករណីសង្ស័យ សូមទាក់ទងប៉ុស្តិ៍នគរបាលជិតបំផុត",
        "ក្រសួងអប់រំ សូមបញ្ជាក់ថា សារ 'ក្រ.សួ.ង អប់រំ បិទសាលា' ដែលកំពុងផ្សព្វផ្សាយ ជាព័ត៌មានមិនពិត ។ សាលារៀនបើកដំណើរការធម្មតា",
        "រដ្ឋបាលឃុំ សូមជូនដំណឹង ៖ មិនមានអង្គការណាចែក 'អ ង្ក រ ២៥ គីឡូ' ដោយសុំថ្លៃដឹកជាមុនទេ ។ ការចែកអំណោយទាំងអស់ធ្វើតាមបញ្ជីឃុំ ដោយមិនគិតថ្លៃ",
    ],
    en=[
        "NOTICE from AngkorPay: messages reading 'ur a.c.c.o.u.n.t will be l0cked, verify n0w' are not from us. We never send links asking for ur PIN or OTP. Report them to our hotline.",
        "Provincial Police advisory: the 'Inv3st $100 get $1,000 GU@RANTEED 💯' groups on messaging apps are fraud. Do not transfer money. Keep screenshots and file a report.",
    ],
    mixed=[
        "ជូនដំណឹង ⚠️ Mekong Wallet មិនដែល giveaway '$50 free ដល់ user ទាំងអស់' តាម link ទេ ។ សូមកុំ login តាម l!nk ដែលមិនស្គាល់",
        "រដ្ឋបាលខេត្ត ៖ post 'ភ្លើ ង ដា ច់ ៧ ថ្ងៃ ទូទាំងភ្នំពេញ !!!' គឺ f@ke news ។ ព័ត៌មានផ្លូវការ សូមតាមដាននៅ page ផ្លូវការតែប៉ុណ្ណោះ",
    ],
    latn=[
        "jun domnung pi KhmerCash: sar 'account bong trov b@n, phnheu OTP' ot men pi yeung te. yeung ot del sum OTP tam chat laey",
        "rodth-bal khum som jun domnung: ot mean angkar na chek 'ang-k0r 25 kilo fr33' doy sum tlai doek mun te. kar chek amnoy ot kit tlai",
    ],
))
