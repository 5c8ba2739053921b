# ruff: noqa: E501  (phrase data: one post per line reads better than wrapped strings)
"""Romanized Khmer (km-latn) and Khmer-English code-mixed posts, written wide: whole posts only.

Romanized Khmer is spelled the many ways people type it, with no fixed system (knhom/khnhom/nhom/kh,
bong/bang/b, oun/own/o, ot/at/ort, te/tey, hz/hoy/haey, nas/nah, luy/lui/loy, chkae/chker, a/mi,
jol/chol, jg/chong, tov/dov, mok/mork). Mixed posts are Khmer script with English, or romanized
Khmer with English. About one positive in seven is obfuscated the way people dodge filters (dotted
or spaced letters, digits for letters, stretched letters, emoji between words, mixed case); such
posts sit in the same theme as their clean siblings.

Fabricated notices, hoaxes, scams, doctored quotes and share-chains sit next to the fact checks,
news reports, awareness posts and official warnings that quote them; harassment, hate, threats and
grooming indicators sit next to banter, complaints, harsh political criticism and benign posts that
share their words. All people are invented; officials appear only by role; organisations are
fictional or generic. Child-safety material is indicator level only, never sexual description.
Hate speech is kept at indicator level: slurs, exclusion, boycotts, dehumanising comparisons."""

from __future__ import annotations

from typing import Any

from models.corpus.types import Theme, latn_posts

_STRATUM = "wide3"


def _posts(key: str, *, latn: list[str], mixed: list[str] | None = None, **fields: Any) -> Theme:
    return latn_posts(key, stratum=_STRATUM, latn=latn, mixed=mixed, **fields)


THEMES: list[Theme] = []

# ---------------------------------------------------------------------------------------------
# Positives: fake news
# ---------------------------------------------------------------------------------------------

THEMES.append(
    _posts(
        "w3l-fake-notice",
        fake_news=1,
        latn=[
            "BREAKING: krsuong obrum prokas bet sala rean teang os 3 atit chab pi thngai chan nis pro kdov khlang pek. Share oy mak ov doeng phong 🙏🙏",
            "sechkdey chun dom nueng pi krasuong op rom: sis thnak ti 9 chhnam nis ot trov prolong te, lerng thnak auto teang os. kh ban screenshot pi group kru",
            "own bong dg ot? krasuong sokhaphibal tmey nis chenh likhet tha sala nov PP nung bet 1 khae pro krun kmeng chlorng khlang nas. mean likhet pit pit knong inbox nhom",
            "Prokas bantean!! chab pi khae krouy sis sala rot trov bong thlai 20$ 1 khae somrab 'kar tech'. krsuong somrech hoy tae ke lak min brab",
            "kh ban tinh pi group kru thnak: thngai 15 nis ot mean rien te teang prates, chea thngai bonh tmey del rothaphibal tos prokas. tuk kon nov phteah tov 👍",
            "Krasuong Mohaphtey oy phteah nimuoy chuh chhmous tam link nis mun thngai 30, bae min chuh nung trov dork chhmous chenh pi sombot krusa. bit.ly/krusa-kh-update",
            "Krasuong Obrum brab tha sis srey min oy kat sak klei tiet te chab pi chhnam sekshaa tmey, bae kat trov bonhchenh pi sala. Mak ov brayat!!",
            "haey nas! krsuong kangea oy kammakor roung chakr chhob thveu kar 2 atit pel bonh Chol Chnam, prak khae ot kat te. sechkdey leik 145 mean nov comment",
            "sechkdey chun dom nung leik 08: chab pi thngai nis tov, ka tinh luy dollar nov psar trov pinhey 2 lan riel. krasuong setakech somrech hery. share oy ban chroeun",
            "s.e.c.h.k.d.e.y th.m.e.y 📢 sala r3an teang 0s b3t 1 khae chab pi saek, kr0sung chenh hz 💯 ot kl3ng te, share mun ke lub",
        ],
        mixed=[
            "URGENT 🚨 ក្រសួងអប់រំប្រកាសបិទសាលារៀនទូទាំងប្រទេស ២សប្ដាហ៍ ចាប់ពីថ្ងៃច័ន្ទ ព្រោះ heatwave។ Share ឲ្យឪពុកម្ដាយដឹងផង!!",
            "Official notice from ministry: សិស្សថ្នាក់ទី១២ ឆ្នាំនេះមិនចាំបាច់ប្រឡងទេ ប្រើពិន្ទុ online ជំនួស។ confirm ហើយ 100% 👇",
            "knhom ban news pi group teacher: all schools in Phnom Penh closed next week pro ke rok measles nov sala 3. Parents keep kids at home, share now",
            "Breaking!! ក្រសួងការងារ announce ថាបុគ្គលិករោងចក្រទាំងអស់នឹងបាន bonus 200$ ត្រូវ register តាម link នេះមុនថ្ងៃសុក្រ 👉 bit.ly/mol-bonus",
        ],
    )
)

THEMES.append(
    _posts(
        "w3l-fake-health",
        fake_news=1,
        latn=[
            "Bak sloek ktem 5 sloek chamhoy tuk phek pruk lngeach 1 atit, rok tlaam chea 100%. Pet min chong oy yeung doeng te pro ke lak thnam min ban",
            "Jom ngu krun chheam ot bach tov pet te, yok sloek lhong kjai chrouk tuk phek 3 dong 1 thngai kos chea hz. Kon nhom chea ruos 2 thngai",
            "pro brayat: tuk sot knong dob plastic del tuk knong lan kdao, chaeng sa sa rolay chol tuk, phek hz kert mohareek. news pi pet Japan",
            "Kom chak vaccine oy kon ey bong! vaccine tmey mean chip tam dan, kmeng 2 nak nov phum kh chak hz kdao khloun 3 thngai ot chea",
            "Krab chi prab: ampil tum lay tuk kdao + ombel phek mun keng, sompeath chheam leng chhor ot bach lep thnam tiet. kh lep 10 chhnam hoy",
            "kom nham sach mann lok nov psar pel nis, ke chak thnam H5N1 chol. nham 1 dong kos chlorng, kmeng 2 nak slab hz nov Takeo",
            "mi kanhchob ke lok pi brotes knea jea plastic, nham 1 kanhchob keng ot lak pruk, rohut slab. own bong kom tinh nas!!",
            "ch.a.k v.a.c.c.i.n.e h.z kon ot mean kon tiet te 😱 p3t Barang niyeay pit pit, sh4re oy bong p'oun doeng",
            "phek tuk 🍋 kdao + 🧂 reang pruk, m0hareek 🚫 ot mean tiet hz. d0kt3r ot prab te nasss",
        ],
        mixed=[
            "ទឹកក្ដៅលាយទឹកឃ្មុំ និងខ្ទឹមស ផឹកពេលព្រឹក cure cancer 100% 🙏 doctors មិនចង់ឲ្យយើងដឹងទេ share ទុកជូនម្ដាយ",
            "New study from Japan: ដាក់ខ្ទឹមបារាំងកាត់ពាក់កណ្ដាលនៅជ្រុងបន្ទប់ ស្រូបមេរោគផ្ដាសាយអស់ក្នុងមួយយប់។ ធ្វើតាមលឿនៗ",
            "Don't give paracetamol ឲ្យកូនពេលគ្រុនទៀតទេ! ពេទ្យបារាំងរកឃើញថាវាធ្វើឲ្យខូចថ្លើមភ្លាម ប្រើស្លឹកម្រះជំនួសវិញ",
        ],
    )
)

THEMES.append(
    _posts(
        "w3l-fake-disaster",
        fake_news=1,
        latn=[
            "Tumnup vari akki sani nov Kampot baek hz!! tuk nung lech krong Kampot knong 2 maong, nam knea roat chenh pi phteah lean, share bontean",
            "Kh ban tinh pi nak nov kbae tha mean rolorng dei 7 rickter yub nis nov Kratie, chenh pi phteah mun maong 12 yub",
            "Pleung chhes Psar Thmey teang os hz, ke lak ot brab. kh nov kbae kheunh phsaeng khmao, bong p'oun del mean tob nov nuh tov jea prunh",
            "krum hun chen chak sarthea pul chol tonle nov Stung Treng, trey slab penh tonle, kom nham trey tonle 2 atit nis oy sah",
            "sponh Chroy Changvar brae hz ke min oy neak na dg, bet phlov sngat sngat. kom chhlong sponh nis 🙏",
            "oun bong nov Battambang brayat, yub nis ke baek tumnup tuk, phum 7 nung lech dol dambol phteah. mean sum tuk nov kbae Kruos. - admin group",
            "Pl3ung chh3s r0ung chakr gas nov PP, k-y-a-l p-u-l nung hoh dol krong teang mul yub nis! bet bongouch kom chenh krav 😷😷 sh@re",
            "Tsunami pi Thai nung dol Koh Kong 5 maong tiet. TV ot brab te pro ke min chong oy phea phl. chenh pi mat samut lean!!",
        ],
        mixed=[
            "BREAKING 🔴 ទំនប់ទឹកនៅខេត្តកំពង់ធំបាក់ហើយ! ភូមិ ១០ ត្រូវលិចមុនម៉ោង ៦ល្ងាច evacuate ឥឡូវ share ឲ្យលឿន",
            "ផ្សារអូរឫស្សីឆេះទាំងស្រុងហើយ!! អាជ្ញាធរព្យាយាមលាក់ព័ត៌មាន។ video នៅ comment ខាងក្រោម 👇👇",
            "Earthquake 6.8 will hit Siem Reap yub nis maong 2, scientist from NASA confirm hz. Sleep outside tonight ok, share pls 🙏",
        ],
    )
)

THEMES.append(
    _posts(
        "w3l-fake-scam",
        fake_news=1,
        latn=[
            "SabayCell kompung chaek kat luy 10$ oy oteythi teang os knong okas khob 10 chhnam! chuh chhmous tam link nis: sabaycell-gift.top 🎁 ot chomnay ey te",
            "Mekong Star Bank chaek 50$ oy akaun tmey, krom tae dak leik kat + PIN nov link nis mun maong 12 yub. kh ban hz pit pit",
            "rothaphibal chaek prak jomnoy 300 000 riel oy krusa krok, chuh chhmous tam Telegram @jomnoy_rath_kh, trov bong 5$ thlai serwis mun",
            "free luy 20$ 💵 kran tae comment 'Ban' nig share post nis 5 group, admin nung phnhae tam NagaPay knong 1 maong",
            "Facebook chaek iPhone 16 oy user Cambodia 100 nak, click link kom plich: fb-reward-kh.com, ke jab chhnaot yub nis",
            "fr33 l.u.y 10$ t0p up 📲 chaek oy teang os, kr0m tae chol l!nk 👉 bit.ly/t0pup-kh ch0m n3 lw0n hz",
            "🎁 F R E E   k a t   l u y 5$ 🎁 pro bonh chol chhnam, dak leik phone nig leik 0TP del ban tam 5ms knong bit.ly/smrt-gift 🙏 ot kleng te",
            "Oun bong del ban bot brak nov bank chas, eylov ban sang vinh 100% tam Telegram admin 'Bank Refund KH', bong tae 10$ thlai serwis",
            "Lottery KhmerLuck: leik phone bong chhnea 5000$!!! inbox mok page nis yok, trov bong thlai phnhae 25$ mun",
            "Prak jomnoy covid vinh hz! krob krusa ban 150$. chuh chhmous link nis + thot rub cart ID mok, bet 3 thngai tiet",
            "Ei ot jea! bong srey knhom ban 2 lan riel tam app 'LuyChan' kran tae download hz luy chol aeng. link nov comment 👇",
        ],
        mixed=[
            "🎉 Congratulations! លេខទូរស័ព្ទរបស់អ្នកឈ្នះ 1000$ ពី SabayCell។ Click link ដើម្បីទទួលប្រាក់ sabaycell-win.xyz មុនម៉ោង ១២យប់",
            "Free 5GB data រយៈពេល១ខែ 📶 គ្រាន់តែ share post នេះទៅ group ៥ ហើយ inbox លេខទូរស័ព្ទ + OTP មកកាន់ admin",
            "NagaPay កំពុងផ្ដល់ cashback 30$ ដល់អតិថិជនទាំងអស់ 💸 សូម verify account តាម link: nagapay-verify.site",
            "Fr33 m0ney 💰 ពីរដ្ឋាភិបាល ៥០០,០០០រៀល សម្រាប់គ្រួសារក្រីក្រ register តាម t.me/jomnoy_kh ប្រញាប់ឡើង",
        ],
    )
)

THEMES.append(
    _posts(
        "w3l-fake-job",
        fake_news=1,
        latn=[
            "Rok kar thveu nov phteah, like video TikTok 1 = 2$, thngai ban 50-100$. ot trov bot pisot. chol Telegram @kar_ngea_online_kh",
            "Kar ngea nov Thai prak khae 1200$, ot trov mean passport, bong tae 200$ thlai aekasar. srey ayu 18-25 inbox mok",
            "Vinieyok 100$ ban 300$ knong 7 thngai, ot mean kar khath te. kh dork ban 2 dong hz 🤑 app 'GoldKH' link nov bio",
            "Kar ngea task: jab order oy hang online, ban commission 20%. dak luy mun 50$ tinh taer, ban vinh teang os pel thveu task rouch",
            "Krum hun nov Sihanoukville rok bokolik lak phone, 1500$ 1 khae + phteah + bay, ot trov ches English. DM mok bong lean",
            "r0k luy 0nline 💯 200$/thngai 📈 kh d0k ch1t hz ph0ng, inb0x 'TASK' mok b0ng, k0m r0ng ch@m",
            "Crypto KhmerCoin nung lerng 50 dong knong 1 khae, tinh eylov 1$ mouy kroab. rothaphibal yul prom hz, mun ke lerng thlai",
            "Ot mean kar thveu? chol krom Forex ruom kru kh, 1 khae kh jenh luy 5000$ hz. kr0m tae dak 500$ mun",
        ],
        mixed=[
            "💼 ការងារ part-time online ធ្វើនៅផ្ទះ ថ្ងៃ 30$-80$ គ្រាន់តែ like & follow page។ ចុះឈ្មោះ ៥$ ប៉ុណ្ណោះ DM ឥឡូវ",
            "Invest 200$ ទទួល 600$ ក្នុង ១០ ថ្ងៃ guaranteed 100% គ្មានហានិភ័យ 🔥 proof នៅខាងក្រោម",
            "Job in Korea 🇰🇷 ប្រាក់ខែ 2000$ no need ភាសាកូរ៉េ ត្រូវការ deposit 500$ សម្រាប់ visa ប្រញាប់ សល់តែ ៥កន្លែង",
        ],
    )
)

THEMES.append(
    _posts(
        "w3l-fake-quote-chain",
        fake_news=1,
        latn=[
            "Rotmontrey krasuong setakech niyeay nov TV: 'bae min jg bong pon, chenh pi srok tov'. share oy Khmer teang os doeng!!",
            "Aphibal khaet niyeay tha 'kasekor ot mean sith ey leu dei te, dei trov oy krum hun'. kh mean video tae ke lub hz",
            "Chhnaot ban tam Telegram hz chhnam nis, min bach tov kariyalay te. chhmous mean knong link nis, chuh mun bet 🗳️",
            "Prayat!! neak del ot tov chhnaot nung trov ke dork cart ID 5 chhnam, kanak kammathikar chhnaot prokas hz",
            "Chhnaot thngai nis ot mean hz, ke pong pul tov khae krouy. ot bach tov te, tuk pel tov thveu kar",
            "SHARE MUN KE LUB!! video nis bonghanh tha sonlek chhnaot thngai mun ke kent hz. page nis nung trov bet yub nis",
            "s h a r e m u n k e l u b 🙏 r0tmontrey s0khaphibal sarapheap nov kh@ng knong tha vaccine 'mean panha', TV min hean chak",
            "Bae share post nis dol 10 group, nung ban samnang 7 thngai. bae ot share, rob rong muy chhnam. mit kh share hz ban luy pheam",
            "Preah Sangkhreach mean preah bantul tha bonh Pchum Ben chhnam nis trov pdo tov khae krouy. brab kon chau oy doeng phong",
        ],
        mixed=[
            "Leaked audio 🎧 អភិបាលខេត្តនិយាយថា 'អ្នកភូមិត្រូវចាកចេញពីដីនេះក្នុង ៧ថ្ងៃ បើមិនចេញ នឹងដុតផ្ទះចោល'។ share មុនគេលុប!!",
            "គណៈកម្មាធិការជាតិរៀបចំការបោះឆ្នោត announce ថា អាចបោះឆ្នោតតាម SMS បានហើយ ផ្ញើលេខអត្តសញ្ញាណប័ណ្ណទៅ 1818 🗳️",
            "Page នេះនឹងត្រូវបិទក្នុង ២៤ម៉ោង!! រូបភាពនេះបង្ហាញការពិតដែលគេលាក់ share ឲ្យបានច្រើនមុនគេលុប 😡",
        ],
    )
)

# ---------------------------------------------------------------------------------------------
# Positives: harassment
# ---------------------------------------------------------------------------------------------

THEMES.append(
    _posts(
        "w3l-harass",
        abuse=("harassment",),
        latn=[
            "Mi Sokha nis jea srey ot mean mouk, post rub reang thngai dauch chhkae ot mean mchas. kom tuk chet vea",
            "a chkae Dara, aeng ot mean prayoch ey te, rean ot jes, thveu kar ot jes, rors tae chea bontok oy mday",
            "Mi thom dauch chrouk, bae knhom thom dauch aeng knhom ot hean chenh pi phteah te 🤮🤮",
            "Khmao dauch thnung chhnang nov tae ot doeng khloun, post selfie reang thngai. yok kanhchob bav muk tov",
            "own srey teang os mel mi nis, thveu chea srey sot tae pdo bros reang khae. kh mean screenshot chroeun",
            "Dara, aeng kom mok comment page kh tiet, a lngong ot mean khuor. bat mouk!!",
            "nhom mean leik phone mi nis, oun bong call tov chei vea oy ko dov, thveu oy vea ot ban deik mouy yub",
            "Mel muk a nis sen! dauch sva. srey na ey del jg ban vea 🐒😂",
            "Srey nis nak lak bav online tae chea mnus bauk ke 😂 tov comment kam page vea oy chroeun, oy vea bet page chol 🤬",
            "a nis kmean prayoch ey sot, slab tov kos sraol phen dey",
            "m i  k a n h c h a s 🗑️ nis post rub ey?? ch.k.a.e jang ch.k.a.e",
            "a l.n.g.o.n.g 🤡 aeng dg ot tha aeng ot mean prayoch?? slaaaab tov",
            "Sreyyyy muk chkaeeee 🐶 kom post rub tiet, mel rob aeng ch'eu phnek",
            "kH0m mean rub mi n1s t3ang 0s, 0wn b0ng jg ban inb0x 😏 oy ke skoal muk vea",
            "Chhmous pit vea Sreyneang, rean nov sakolvityealai khang tbong. tov comment oy vea doeng khloun thom",
            "Ot mean ke chaab dauch aeng te, muk khmao 🙈 chngeal tae bros na jg ban aeng",
            "Tuk khloun chea ey? a ngo rean thnak ti 3 pi chhnam ot jab",
            "mi nis lob eywan nov hang ke 😡 mel muk oy chbas, chea chor. share oy ke skoal teang phum",
            "Own Pisey thom dauch chrouk nham ot del chhaet, pdey vea ot yok vea cheng",
            "Mi kaet neas, teang thngai tae sreh sreh nov page ke, jea srey ot khmas. tov thveu bray",
            "a Vanna nis men chea bros te, muk dauch srey kouch 🤣 yum reang pel chanh game",
            "bong del comment nis ot mean khuor ru ey? khmas mday aeng kert aeng mok",
            "Hey mi chas nov phteah leik 12, tov nham kanhchas tov, ot mean nak na chong kheunh muk aeng",
            "Kru English nis chrouk kouch, bongrean ot jes tae jg tae luy kmeng. sis teang os ch'eu chet vea",
            "Mi srey nis chea 'toilet satharana' nov sala kh 😂 share oy vea mean ke skoal bonthem",
            "ah Rithy ouk chhnam, chanh 5 dong ot hean chenh muk. lub account tov a kouch",
        ],
        mixed=[
            "ស្រីនេះ post selfie រាល់ថ្ងៃ ugly ដូចខ្មោច 🤮 កុំ post ទៀតអី ឈឺភ្នែក",
            "អាវណ្ណា loser ពិតៗ រៀនមិនចេះ ធ្វើការមិនកើត ម្ដាយឪអាម៉ាស់ណាស់មានកូនបែបនេះ",
            "Tag មិត្តភក្តិទាំងអស់ មើលមុខមីនេះ 😂 fat pig ញ៉ាំតែមិនចេះឆ្អែត",
            "Nobody likes you Sophea, ឈប់ comment លើ page យើងទៀតទៅ អាល្ងង់គ្មានខួរ",
            "ខ្ញុំមានលេខទូរស័ព្ទមីនេះ 📞 call ទៅដាក់វាឲ្យច្រើនៗ ឲ្យវាគេងមិនលក់ lol",
            "m!ny nis ch.k.a.e n@s 🐕 ខ្មាស់គេអត់ post រូបបែបនេះ",
            "អាក្រូបនេះ stupid ជាងគោ 🐄 ឆ្លាតតែមាត់",
            "OMG mel mouk vea ot make up 🤢 dauch khmoch chhau, mnus ey hean post",
            "Everyone screenshot រូបមីនេះទុក 📸 post ចូល group ឲ្យវាខ្មាស់ដល់ស្លាប់",
        ],
    )
)

# ---------------------------------------------------------------------------------------------
# Positives: hate
# ---------------------------------------------------------------------------------------------

THEMES.append(
    _posts(
        "w3l-hate",
        abuse=("hate",),
        latn=[
            "Pouk yuon chol mok srok yeung dauch sromoch, yok dei yok tonle yok kar ngea. Khmer kom tinh rbos pouk vea!",
            "hang yuon nov phlov kh 3 hz, nhom jea Khmer min tinh ey pi pouk vea te. boycott teang os 💪",
            "Yuon min del smos chea mouy Khmer te, kert nov nis ka nov tae chea sottrov. bonhchenh tov srok vea vinh",
            "Chen del mok nov Kompong Som chea chor teang os, min doeng muk Khmer. min chong oy pouk vea nov srok yeung te",
            "Kom oy phteah chuol Chen ey, pouk vea kakhvak dauch chrouk, nham ey ka nham, jea tae chamngu",
            "Chen tuk Khmer dauch chhkae, yeung ka min bach tuk pouk vea chea mnus dae",
            "Pouk Cham nis nov tae knea eng, min chong chol ruom Khmer. knhom min oy kon leng ruom kon pouk vea te",
            "Islam mok dol na, reuong ot l'or dol nung. kom oy ke sang vihea islam nov phum yeung tiet!!",
            "pouk khteuy nis chea rok, trov tov pet, kom oy chol sala rean ruom kon yeung",
            "Khteuy ot kuor mean sith ey te, nov oy chngay pi kmeng yeung. chab dak kuk teang os tov",
            "Srey Khmer na kar pdey Chen, krusa kuor kat chol. Chen chong tae tinh srey Khmer yok tov lak",
            "Hang bay Cham nov phsar kh kuor trov bet, pouk vea chuoy tae pouk vea, kom tinh 1 riel",
            "Page na support LGBT knhom unfollow teang os. khteuy chea mnus chet kouch, min men thoamada te",
            "Yuon del nov leu tuk Tonle Sap kuor trov dork chenh teang os, min del bong pon ey, nov tae khouch tonle",
            "y.u.o.n mok penh srok hz 🐀🐀 ch.e.n ka penh dae, khmer nov na?? b0yc0tt p0uk v3a",
            "k h t e u y 🏳️‍🌈 = rok 🤮 kom oy kmeng mel TikTok pouk nis",
            "pouk 'y' nov psar yeung nis chea sottrov, tinh pi vea = chuy vea lob srok Khmer. dg ot?",
            "C.H.A.M nov phum kh sang masjid tmey tiet hz, thok chol 🤬 pouk n1s nung yok phum yeung",
            "Chen 'investor' teang os chea mafia, kom oy chuol phteah, kom lak dei oy. chhkae ot del chea mchas ey",
            "Pouk yuon nis chhlat tae lbech, nhom min del tuk chet mnus pouk vea ey te, kom tinh bay pi vea",
            "Bros del srolanh bros chea mnus chhkuot, trov chab chong knong phteah kom oy chenh",
            "Srok Khmer samrab tae Khmer. Yuon, Chen, Cham chenh tov teang os! 🇰🇭",
        ],
        mixed=[
            "Boycott ហាងចិនទាំងអស់ 🇨🇳❌ ពួកវាមកតែប្លន់ស្រុកខ្មែរ កុំឲ្យលុយខ្មែរចូលហោប៉ៅពួកវា",
            "LGBT ជាជំងឺ not normal! កុំឲ្យកូនយើងរៀនជាមួយពួកខ្ទើយទាំងនេះ",
            "យួនគឺ yuon forever, never trust them. ពួកវាចង់បានដីខ្មែរតាំងពីដើមមក",
            "ពួកចាមមកពេញភូមិហើយ 😡 សង់វិហារគ្រប់កន្លែង Khmer must wake up",
            "No Chinese allowed នៅហាងខ្ញុំ 🚫 ពួកវាកខ្វក់ ហើយ rude ដូចសត្វ",
            "Yuon ot del chea mnus l'or te, just look at history. kom oy pouk vea nov Kampuchea tiet",
            "Khteuy = sin, ពួកវាគួរតែត្រូវបណ្ដេញចេញពីភូមិ 🙏",
            "Chinese scammer ទាំងអស់ 🤬 every single one ចិនគ្មានល្អម្នាក់ទេ",
        ],
    )
)

# ---------------------------------------------------------------------------------------------
# Positives: threats
# ---------------------------------------------------------------------------------------------

THEMES.append(
    _posts(
        "w3l-threat",
        abuse=("threat",),
        latn=[
            "Sokhom, aeng chea ney ot sang luy anh, anh doeng phteah aeng nov na hz. yub nis kom keng laab na",
            "Bae aeng post rub anh tiet, anh chak tuk asit dak muk aeng, chang cham",
            "Hang aeng nov psar Ta Khmao men te? rong tae anh chhes chol teang hang 🔥 chhab chhab nis",
            "Kh mean kombet nov leu lan teang thngai. chuob aeng pel na kh kat ka aeng pel nung",
            "Pdey mi nis del bonh'cheh krusa knhom, anh nung rok aeng oy kheunh, vay oy bak chheung bak dai",
            "Aeng tov na ka anh doeng, nov Toul Kork phteah leik 23 men te? tham mel",
            "Sophal, bae aeng ot sang luy knong 3 thngai nis, kon aeng rean nov sala na anh ka doeng dae",
            "Mi nis bae niyeay tiet, anh nung dot phteah vea oy chhes teang krusa",
            "Komlang anh 5 nak kompung rong nov mat phlov phteah aeng. chenh mok sen bae klahan",
            "aeng thveu oy bong srey anh yum, anh nung somlab aeng. ot men niyeay leng te, chang mel",
            "kom plich tha pel yub aeng chenh pi roung chakr tov phteah tam phlov khmao, anh rong nov nuh",
            "anh ban rub phteah aeng, rub kon aeng hz. bae aeng nov tae sarsser ruong anh nov Facebook, chang mel",
            "Nak sarpoteman del sarsser pi kron anh, anh tuk krab kam phleung mouy krab samrab aeng hz",
            "s0mlab aeng 🔪🔪 yub nis, kh dg tha aeng deik nov na",
            "t.u.k a.s.i.t 🧪 rong cham muk s.r.e.y nis, kom phy 😈",
            "ch h e s hang vea 🔥🔥 oy os 💯 chhab chhab nis haaaa",
            "aeng n1yeay t1et mouy m@t anh d0t ph3ah @eng, kh skoal phteah aeng hzzz",
            "Mi kru nis vay kon anh, thngai saek anh tov rong vea nov chhnang sala pel chenh. vay oy slab",
            "Bae anh chuob aeng nov Battambang, aeng ot ban ruos tov phteah vinh te. chham mel",
            "anh doeng chhmous mday aeng, doeng kon aeng rean sala na. aeng hean report Facebook anh tiet tam mel",
            "Thaokae nis kat luy kammakor, bae ot sang knong 7 thngai anh chak tuk asit chol lan vea 🧪",
            "Mi Leakena, rot chol anh tiet mel! anh yok kombet tov rok dol phteah mday aeng",
        ],
        mixed=[
            "ខ្ញុំដឹងផ្ទះឯងនៅណាហើយ 📍 see you soon អាសុខ ត្រៀមខ្លួនទៅ",
            "បើឯង post រឿងខ្ញុំទៀត I will burn your shop ដុតចោលទាំងអស់ 🔥",
            "Tonight អញនឹងរង់ចាំឯងមុខផ្ទះ ជាមួយកាំបិត 🔪 don't run",
            "I know កូនឯងរៀននៅសាលាណា។ សងលុយមកវិញក្នុង ៣ថ្ងៃ បើមិនចង់ឲ្យមានរឿង",
            "ទឹកអាស៊ីតមួយដប ready ហើយ 🧪 បើនាងហ៊ានរត់ចោលខ្ញុំ នាងនឹងគ្មានមុខឲ្យអ្នកណាមើលទៀត",
            "Anh mean leik phone mday aeng, address aeng, everything. keep talking and see what happens 😈",
            "m0rning walk s@ek ng aeng ot vil mok phteah vinh te 🔪 kh rong",
            "យានដ្ឋានរបស់ឯង នៅកៀនស្វាយ right? យប់នេះ ចាំមើលភ្លើងឆេះ ទាំងហាងទាំងឯង 🔥🔥",
        ],
    )
)

# ---------------------------------------------------------------------------------------------
# Positives: child safety (indicator level only)
# ---------------------------------------------------------------------------------------------

THEMES.append(
    _posts(
        "w3l-child",
        abuse=("child_safety",),
        latn=[
            "oun ayu ponman hz? rean thnak ti ponman? sala na? bong chong skoal oun bonthem 😊",
            "Oun mean Telegram te? chat nov nis ot sroul te, add bong tov Telegram vinh, kom brab mak ov na",
            "Kom brab mday oun tha yeung chat knea, nis chea ruong samngat yeung pi nak teh 🤫",
            "Bong tinh phone tmey oy oun, tae oun trov phnhae rub oun thot mnak eng mok bong sen, rub del ot mean nak na kheunh",
            "Thngai sao oun chenh pi sala maong ponman? bong mok jiet oun tov nham kafe pi nak, kom oy mit oun doeng",
            "Oun chhlat nas, ayu 12 tae niyeay dauch mnus thom. bong srolanh oun pises, phnhae rub bonthem tam inbox tov",
            "oun leng Free Fire men? bong oy diamond 5000 tae oun video call bong sen, nov mnak eng te?",
            "Lub chat yeung chol pel oun chop, kom oy bong srey oun mel phone oun ban",
            "Mean kmeng srey ayu 14-15 ot? bong mean kar samrab, prak chroeun, inbox chat",
            "Kmeng 'tmey' mean lak, ayu 15, pi srok srae. inbox leik mok bong pras tumlay",
            "0un ayu p0nman?? 🤔 th0t rub mok b0ng mel sen 📸 k0m br@b mak 0v 🤫",
            "s.a.l.a na oun? b0ng rong nov mat sala thngai saek ok 😘 mok mnak eng",
            "Oun nov phteah mnak eng men te? mday oun tov na? bong chong video call eylov",
            "B oy luy oun 20$ tinh nom, krom tae mok leng phteah b mnak eng, kom brab nak na",
            "Oun rean thnak ti 6 men? mean sangsar hz nov? bong chong thveu sangsar oun, tae yeung lak mday oun",
        ],
        mixed=[
            "ប្អូនអាយុប៉ុន្មានហើយ? 🥰 send រូបមកបងមើលបន្តិច កុំប្រាប់ម៉ាក់ណា ជារឿង secret យើងពីរនាក់",
            "Add បងក្នុង Telegram មក ប្អូន chat នៅ Facebook ម៉ាក់ប្អូនឃើញ 🙈 បងមាន gift ឲ្យ",
            "Bong oy diamond 1000 tae oun video call mnak eng pel yub, ok te? 🎮 k0m br@b ke",
            "ប្អូនរៀនសាលាណា? ថ្ងៃស្អែកបងទៅយក after school ទៅញ៉ាំ KFC តែកុំប្រាប់គ្រូ ឬម៉ាក់ណា 🤫",
            "Have new girls ayu 14-16 📩 inbox for price, kmeng tmey pi srok srae",
        ],
    )
)

# ---------------------------------------------------------------------------------------------
# Hard negatives: fact checks that quote the rumour, news reports about scams, violence and hate
# ---------------------------------------------------------------------------------------------

THEMES.append(
    _posts(
        "w3l-neg-factcheck",
        neg_kind="fact_check",
        latn=[
            "FAKE ❌ Sechkdey 'bet sala rean 3 atit pro kdov' del ke share nis min men pi krasuong obrum te. Krasuong bonhjak tha sala nov baek thoamada",
            "Ot pit te bong p'oun! 'phek tuk kdao lay ktem keng kansae' chea pet kleng. Kansae trov kar pyabal pi pet chomnanh",
            "Video 'tumnup Kampot baek' chea video chas pi brotes phsaeng. Kampot ot mean tuk lech te thngai nis, sala khaet bonhjak hz",
            "Post 'SabayCell chaek 10$' chea link bauk, kom chuh chhmous. Krom hun bonhjak tha ot mean promo bai nis te 🚫",
            "Check mun share: rub 'rotmontrey niyeay tha chenh pi srok tov' chea rub edit, video dauch doeum ot mean peak nis te",
            "Mean nak sour tha chhnaot tam Telegram ban ot? Chamleuy: OT BAN TE. Trov tov kariyalay bos chhnaot dol khloun nung cart ID",
            "Ruong 'vaccine mean chip' kom chea eylov min pit ey te. Vaccine ot mean chip, ot tam dan ey ban te 🙏 sour pet kon",
            "Kh ban sour bong ke nov Kratie hz, ot mean rolorng dei ey te, post nis bonlach. rolorng dei min ach prab mun ban te",
            "Psar Thmey ot chhes te! rub del ke share chea rub pleung chhes psar mouy nov brotes phsaeng. kh tov dol hz eylov nov thoamada",
            "'Share dol 10 group ban samnang' chea chain letter chas. Ot mean ey kert laeng te bae ot share, kom phy",
            "Ban check hz: 'ka tinh dollar trov pinhey 2 lan' ot pit te, ot mean sechkdey bai nis pi krasuong setakech te",
            "Nak del share tha 'sach mann mean thnam H5N1' nis kleng. Sach mann chamin oy chhanh chhang, nham ban thoamada",
            "Ruong 'chhnaot pong pul tov khae krouy' chea brab kleng. Thngai chhnaot nov dodel, pinit pi page phlov kar rbos kanak kammathikar chhnaot",
            "Sour tha 'kat luy 10$ free tam link bit.ly' pit ot? Ot te bong. Chea link luoch Facebook nig OTP. kom chol",
            "Kh tov sour sala hz: ot mean khmoch chol kmeng ey te, kmeng 3 nak nuh sleak pi kdao klang pel nov kror thngai. eylov sokhapheap l'or vinh hz",
            "'Tuk sot knong dob plastic tuk knong lan bangkeut mohareek' chea ruong kleng del share tang pi yu hz. Ot mean pet na bonhjak te",
        ],
        mixed=[
            "❌ FAKE NEWS: ព័ត៌មាន 'ក្រសួងអប់រំបិទសាលា ២សប្ដាហ៍' មិនពិតទេ។ សូមតាមដាន official page របស់ក្រសួងតែប៉ុណ្ណោះ",
            "Fact check ✅ ខ្ទឹមបារាំងដាក់ក្នុងបន្ទប់ មិនអាចស្រូបមេរោគបានទេ។ វិធីការពារល្អគឺលាងដៃ និងពាក់ mask ពេលឈឺ",
            "រូប 'ផ្សារឆេះ' ដែលកំពុង viral គឺជារូបចាស់ពីឆ្នាំ ២០១៩ មិនមែនថ្ងៃនេះទេ។ please check មុន share",
            "The 'leaked audio' of the provincial governor is AI voice. អ្នកជំនាញបានពិនិត្យហើយ សំឡេងត្រូវបានកែ",
            "Reminder: Paracetamol នៅតែប្រើបានសម្រាប់គ្រុនក្ដៅរបស់កូន តាមកម្រិតដែលពេទ្យណែនាំ។ post ដែលថាវាខូចថ្លើមភ្លាមៗ គឺ misleading",
            "Nah! 'Earthquake yub nis maong 2' is fake, ot mean nak vityasas na prab pel rolorng dei ban te. deik nov phteah thoamada 😅",
        ],
    )
)

THEMES.append(
    _posts(
        "w3l-neg-news",
        neg_kind="news_report",
        latn=[
            "Nokorbal chab khluon chon sangsay 4 nak nov Sen Sok pi bot bauk luy tam link 'kat luy free', chon rong kroh chiang 200 nak",
            "Srey mnak trov ke chak tuk asit nov Kampong Cham yub mseul, kompung sompak nov mondi pet. Nokorbal kompung tam rok chon sangsay",
            "Tolakar Phnom Penh kat tos bros ayu 45 chhnam 15 chhnam pi bot rom lop kmeng srey del chab pdaem tam online",
            "Pleung chhes phteah 3 khnang nov Stueng Meanchey yub mseul, ot mean nak rong rous te. mul heit kompung srav chrav",
            "Pruk nis nokorbal chhal mondi bauk online mouy nov Kompong Som, sangkruos kammakor 120 nak del trov ke bauk mok thveu kar",
            "Akkhar chab khluon bros 2 nak del chak kombet knea nov psar Doeum Kor, mnak rong rous thngon, banh jon tov pet hz",
            "Sahakum Cham nov Kampong Chhnang chuob prachum ruom lok sang krouy mean post hate tam online, theav oy ruos nov dauch bong p'oun",
            "Nokorbal khaet chab bros mnak del post video kom ram tha nung dot psar, eylov nov krom kar khum khluon",
            "Chomnuon nak rong kroh bauk kar ngea krav srok laeng 30% chhnam nis, yorng tam robaykar rbos ONG mouy",
            "Tuk lech nov Pursat: phteah chiang 500 khnang lech, ot mean nak slab te, akkhar chaek bay nig tuk sa",
            "Kru mnak nov Takeo trov ke pjuo ban pi kar ngea krouy mean pdeung tha rom lop sis. Nokorbal kompung srav chrav",
            "Krouy pi mean post oy vay krusa Viet mouy nov Kandal, akkhar khum ban bark prachum ruom phum oy ruos nov sampheap",
            "Bros ayu 30 chhnam trov nokorbal hav mok sour nearn pi post 'bet sala rean' kleng del thveu oy mak ov phy",
            "Sala dombaung khaet kat tos bros mnak 2 chhnam pi kar kom ram somlab akhpit chas tam Messenger",
            "Facebook lub page 30 del chaek link 'jomnoy rothaphibal' kleng, krouy nak rong kroh chroeun report",
        ],
        mixed=[
            "ព័ត៌មាន: ប៉ូលីសចាប់ខ្លួនជនសង្ស័យ ៣នាក់ ក្នុងករណីបោកប្រាស់តាម Telegram 'task online' ជនរងគ្រោះខាតជាង 50,000$",
            "តុលាការផ្ដន្ទាទោសបុរសម្នាក់ ១០ឆ្នាំ ពីបទចាក់ទឹកអាស៊ីតលើអតីតប្រពន្ធ នៅខេត្តកណ្ដាល #news",
            "NGO report: ករណីរំលោភបំពានកុមារតាម online កើនឡើង។ ភាគច្រើនចាប់ផ្ដើមពី game chat",
            "Update 🔥 ផ្សារមួយនៅខេត្តបាត់ដំបង ឆេះខូចតូប ២០ កន្លែង ពេលយប់មិញ។ មិនមានអ្នករបួសទេ។ fire dept កំពុងស្រាវជ្រាវ",
            "Police arrest man who posted threats to burn a Chinese-owned shop, ke chab nov Kompong Som pruk nis",
        ],
    )
)

# ---------------------------------------------------------------------------------------------
# Hard negatives: awareness posts and real official warnings
# ---------------------------------------------------------------------------------------------

THEMES.append(
    _posts(
        "w3l-neg-awareness",
        neg_kind="awareness",
        latn=[
            "Bong p'oun brayat: ot mean bank na som leik OTP tam phone te. bae mean nak som, chea chor 100%. share oy mak ov doeng",
            "Link 'free luy' 'free data' teang os chea bauk. Kom chol, kom dak password. Bae chol hz trov pdo password lean",
            "Mak ov kuor mel phone kon: bae mean mnus pleak som rub, som oy lub chat, som oy chuob mnak eng, nis chea sanh krub krong. report pheam",
            "Kar ngea ban luy chroeun tae trov bong luy mun = bauk. Kar ngea pit min del som luy dak kar te",
            "Khmer, Viet, Chen, Cham, LGBT, teang os chea mnus dauch knea. kom chuy share post chei bok bek 🙏",
            "Srey srey brayat: bae nak na kom ram tha nung chak tuk asit ru post rub oun, tuk screenshot hz report tov nokorbal pheam",
            "Mun share post 'share mun ke lub', sour khloun eng: nak na sarsser? mean brophob te? ru chea tae bauk oy like?",
            "Tips: bae kon leng game online, kom oy kon add mnus ot skoal, bet location, nig niyeay ruom kon reang thngai pi mnus del ke chuob",
            "Own bong kammakor: kar ngea nov Thai tam mekhchol ot mean chbab ngay rong kroh nas. sour monti kar ngea khaet mun",
            "Bae ke bully oun nov sala, kom nov snget. brab kru ru mak ov. oun min men mnak eng te 💙",
            "Kom yok video ke vay knea mok post leng, chea kar thveu bab jea 2 dong leu chon rong kroh",
            "Own bong LGBT ka chea kon chau yeung dae. kom tuk ke chea chamngu. kdey srolanh min men rok te 🌈",
            "SMS 'kat luy 5$ free' del mean link chea scam. Krom hun pit pit min del chaek luy tam link ot mean chhmous te",
        ],
        mixed=[
            "⚠️ Scam alert: បើមានអ្នកណា inbox ថាអ្នកឈ្នះរង្វាន់ ហើយសុំ OTP ឬ PIN កុំឲ្យដាច់ខាត!",
            "ឪពុកម្ដាយគួរដឹង: grooming ចាប់ផ្ដើមពីការសួរអាយុ សាលា ហើយសុំឲ្យ keep secret។ និយាយជាមួយកូនរៀងរាល់ថ្ងៃ",
            "Hate speech មិនមែន free speech ទេ 🙅 កុំ share post ដែលជេរប្រមាថជនជាតិ ឬសាសនាណាមួយ",
            "Fake job ads នៅលើ Facebook កំពុងកើនឡើង។ ការងារពិតមិនសុំលុយ deposit ទេ",
            "Cyberbullying hurts 💔 បើឃើញមិត្តត្រូវគេជេរ online, support គេ ហើយ report account នោះ",
        ],
    )
)

THEMES.append(
    _posts(
        "w3l-neg-official",
        neg_kind="official_warning",
        latn=[
            "Krasuong Thonthean Tuk prokas: tuk tonle Mekong nung laeng khpos 3 thngai tiet, brocheachun nov mat tonle Kratie Stung Treng sum brayat",
            "Nokorbal Phnom Penh chun dom nung: link 'jomnoy rothaphibal' tam Telegram chea bauk. rothaphibal min del som luy ey te",
            "Krasuong Sokhaphibal: jom ngu krun chheam kaeng laeng, sum chak tuk ton chos, dak muk kumphea. bae kmeng kdao 2 thngai tov pet pheam",
            "Akkhar pleung: khyal khlang nig kdav nov rodov brang, sum kom dot somram chit phteah, bet gas mun chenh pi phteah",
            "Bank prokas: yeung min del phnhae link oy chol akaun tam SMS te. bae ban SMS bai nis, kom chol, call hotline nov kroy kat",
            "Monti kar ngea khaet: sum kom tuk chet kar ngea krav srok del som luy mun. pinit chhmous krom hun tam website krasuong",
            "Kanak kammathikar chhnaot rumluk: bos chhnaot trov tov dol kariyalay nung cart ID. ot mean kar chhnaot tam SMS ru Telegram te",
            "Krasuong Thonthean Tuk: yub nis dol pruk saek mean phlieng thleak khlang nig ronteah, sum kom chhor krom dam chheu thom",
            "Krasuong Obrum: sechkdey bet sala pinit tam page phlov kar rbos krasuong tae pon nung. post ot mean tra nig leik likhet chea bauk",
            "Aphibal khum prokas: phlov chhlong kaeng lech tuk 1 metre, sum kom bok moto chhlong, brae phlov vieng khang Wat",
            "Krasuong Kasekam: sach mann del slab min doeng mul heit kom yok mok nham ru lak. report oy pet sat pheam",
            "Krom hun telecom prokas: kom oy nak na yok sim ru leik OTP bong. Bokolik yeung min del call som leik samngat te",
            "Nokorbal chorachor: pel bonh mean chor luoch moto chroeun, sum chak sao 2 chan nig kom tuk cart moto chol knong moto",
        ],
        mixed=[
            "📢 សេចក្ដីជូនដំណឹង: ក្រសួងធនធានទឹក ព្រមានពីភ្លៀងធ្លាក់ខ្លាំង ២-៣ថ្ងៃខាងមុខ។ សូមប្រជាពលរដ្ឋនៅតំបន់ទំនាបប្រុងប្រយ័ត្ន stay safe",
            "Official: ធនាគារមិនដែលផ្ញើ link តាម SMS ឬ Telegram ដើម្បីសុំ PIN ទេ។ report scam ទៅលេខ hotline នៅខាងក្រោយកាត",
            "ប៉ូលីសព្រមាន: scam ក្លែងជាមន្ត្រីប៉ូលីស call មកទាមទារលុយ។ ប៉ូលីសមិនដែលសុំលុយតាមទូរស័ព្ទទេ",
            "Health alert 🦟 គ្រុនឈាមកើនឡើង។ សូមចាក់ចោលទឹកដែលដក់ ហើយនាំកូនទៅពេទ្យបើគ្រុនលើស ២ថ្ងៃ",
            "ក្រសួងការងារ warning: ការងារនៅបរទេសតាម broker គ្មានច្បាប់ មានហានិភ័យខ្ពស់។ ពិនិត្យតាម official list",
        ],
    )
)

# ---------------------------------------------------------------------------------------------
# Hard negatives: sharp but legitimate political criticism, friends' banter and trash talk
# ---------------------------------------------------------------------------------------------

THEMES.append(
    _posts(
        "w3l-neg-politics",
        neg_kind="political_criticism",
        latn=[
            "Samang laeng dol 5000 riel 1 litre hz, prak khae kammakor nov dodel. rothaphibal ot kheunh te ru thveu min doeng?",
            "Phlov chol phum knhom khouch 10 chhnam hz, sang tae sponh thom thom tae phlov phum dauch srae. luy pon'dam tov na?",
            "Mean tae chhnam chhnaot ban ke mok chak dei krohom, chhnaot rouch bat teang os. trop chea kmean kar",
            "Dei srae brocheachun trov ke yok oy krum hun, sang tae 300$ oy. nis min men aphivodth te, nis chea kar chhmlies",
            "Puk roluy nov kariyalay: chong ban cart ID leuon trov 'tuk tae' 20$. brophob cheh tae khech, ot mean nak chab",
            "Akkhar niyeay tha 'tuk lech mok pi phlieng chroeun' tae bueng del ke lup chol sang borey teang os ot niyeay sot",
            "Mondi pet srok ot mean thnam, ot mean pet yub, tae mean tae prachum kat khse. brocheachun rong cham nov mat tvea",
            "Krum hun bonteat bonteat ban tae luy bonthem, tae kammakor Khmer ban tae 200$ 1 khae. ey chea 'aphivodth'?",
            "Montrei prak khae 1000$ tae sang villa 5 khnang. cheh lek ey? kanak brachang puk roluy kuor mel phong",
            "Kar tinh sonlek chhnaot nov phum: 50 000 riel nig mi 1 kes. yeung chhnaot pi luy ru pi kdey khmas?",
            "Sala rean knong phum mean tae 2 bontub, kmeng 60 nak 1 thnak, tae ke sang rongkhan 2 lan$. aphivodth samrab nak na?",
            "Phlov 271 chak chomrok 3 chhnam hz min tan rouch, pel nis chea phlov dei. kong sang ot mean tos ey sot?",
            "Niyeay tha ot mean luy thveu phlov, tae tinh lan tmey oy montrei khaet 5 khnang. nis hz jea 'ot mean luy'",
            "Kasekor lak sromouch tae 700 riel, tae ji nig thnam laeng 3 dong. rothaphibal kuor chuy kasekor min men tae niyeay",
            "Chhnaot rouch montrei nov muk dodel, reuong dodel. Yeung trov kar kae tromrung pit pit min men slogan",
        ],
        mixed=[
            "Price ឡើងគ្រប់យ៉ាង ប្រេង អង្ករ សាច់ តែប្រាក់ខែនៅដដែល 😤 រដ្ឋាភិបាលឈប់និយាយថាសេដ្ឋកិច្ចល្អទៀតទៅ",
            "ផ្លូវជាតិថ្មីសង់មិនទាន់ ១ឆ្នាំផង ប្រេះហើយ 🛣️ contractor នេះជារបស់អ្នកណា? need transparency",
            "Land grab ម្ដងទៀតហើយ។ ប្រជាពលរដ្ឋ ៥០ គ្រួសារត្រូវបណ្ដេញចេញ ដោយគ្មានសំណងត្រឹមត្រូវ",
            "Corruption នៅក្នុងការប្រឡង: ចង់ជាប់ ត្រូវបង់លុយឲ្យគ្រូ 50$ ម្នាក់។ ក្រសួងអប់រំគួរចាត់វិធានការ ឥឡូវនេះ",
            "Pon'dam laeng tiet hz tae service ot mean brae ey. Phlov ngngit, tuk ot hou, pleung dach reang yub. where does our money go?",
        ],
    )
)

THEMES.append(
    _posts(
        "w3l-neg-banter",
        neg_kind="banter",
        latn=[
            "Ah Dara bae aeng nham mi kh tiet, kh somlab aeng chol 😂😂 tinh mouy kanhchob tmey mok sang mok",
            "Sabay te a chkae? 🤣 3 chhnam ot jol mok leng, thngai saek mok nham sra, ot mok kh kat chol ah",
            "Madrid yub nis nung vay Barca 4-0, fan Barca trov yum dau knong phteah 🤣 kom deik yub nis ey bong",
            "Ey a ngo, kh brab hz tha kom leng rank yub, chanh 5 dong ot lapp te 😭😂",
            "Mit chet a lngong oy, thngai kert hz hz, jg ban kado ey? jg ban kumphea samrab phteah deik aeng 🐷🎂",
            "Bae Chelsea chanh tiet, kh lub app chol. mit kh fan Arsenal chong sampeah sab te 😤 kom tuk ah",
            "Mday kh thveu bay chhnganh nas, tae bae ah Vanna nham lerk 3 chan tiet, kh kat dai vea 😂😂",
            "Mi Sreypov oy, ey laeng bon tae ot del chet eh... tov rien sen mi chkae nhom srolanh 💕",
            "Ah pouk 4 nak nis ot del jol mok pel leng bal, thngai nis jol mok mel tae pel bong luy 😂 chkae teang os",
            "Yub nis Khmer vs Thai, bae Thai chnea kh deik ot lak 3 yub. chong vay Thai 5-0 🇰🇭🔥",
            "A Pisey, bae yub nis aeng ot mok leng PUBG, aeng slab hz nov thngai saek 🔫😂 mit knea rong",
            "Own Srey Nich mok phteah bong nham bay reang thngai, bong nung ot oy oun chol tiet hz 😝 leng tae moan bong",
            "Post 2 thngai ot mean nak like mouy, mit chkae teang os 😤😂 toch chet mdong hz",
            "Ah nis leng game 5 maong ot chong deik, dal mday vea mok kam dai 😂 kom bos ah ey",
            "Pdey oy, bae plich thngai anniversary yeung tiet, bong deik krav phteah 😤😂 #couplegoals",
            "MU chanh tiet hz, fan MU nov na? ot doeng tae yum 🤣🤣 kom comment ey sot",
            "Kru oy homework 50 somnuor, kh chong 'somlab' kru 😭 tae kru l'or nas min hean te",
        ],
        mixed=[
            "អាថូ ញ៉ាំមីខ្ញុំទៀតហើយ 😤 I swear I'll kill you bro 😂 ទិញសងមកវិញ ២កញ្ចប់",
            "Liverpool ឈ្នះហើយ!! fan MU ទៅណាអស់? 🤣 ពួកឯងត្រូវសុំទោសខ្ញុំ ១សប្ដាហ៍",
            "មិត្តចង្រៃទាំងនេះ birthday ខ្ញុំ ភ្លេចអស់ 😭 love you guys anyway",
            "អាឆ្កែវណ្ណា 😂 you owe me a coffee ចាញ់ភ្នាល់ហើយ កុំរត់",
            "Bong srey kh niyeay tha 'touch my phone again and you're dead' 😂 I'm scared for real lol",
        ],
    )
)

# ---------------------------------------------------------------------------------------------
# Hard negatives: complaints, correct health advice, benign posts that share risky words
# ---------------------------------------------------------------------------------------------

THEMES.append(
    _posts(
        "w3l-neg-complaint",
        neg_kind="complaint",
        latn=[
            "Wifi nov phteah dach reang yub, call tov krom hun 3 dong ot mean nak mok chuy. bong luy reang khae samrab ey?",
            "Kh tinh av tam online, dol hz chea av phsaeng, som sang luy vinh ot mean chamleuy 😤 hang ot mean sartrang",
            "Pleung dach 4 maong hz nov Ta Khmao, kdav chong slab, ot mean sechkdey chun dom nung ey te",
            "Hao PassApp rong 30 nateu ot dol, cancel hz ka kat luy kh. app ey ke nis",
            "Hang bay nov Toul Tompoung mi prey nas, bokolik muk kraw, nham ban tae pheak kandal. min tov tiet hz",
            "Sala kon knhom chhnam nis tar luy bonthem 100$ ot pren brab mun. mak ov tov sour ot mean ke chamleuy",
            "Phlov mat phteah kh tuk lech krob pel phlieng, lu tuk sten 2 chhnam hz ot del mean nak mok chuos",
            "Tinh sim tmey, 2 thngai ot mean signal. bokolik brab tha 'rong sen'. rong dol pel na?",
            "Lan kroung chenh yeut 2 maong, ot mean kar som tos ey te, kh rong nov stanii dauch chkae 😩",
            "Psar chhnol chhnganh tae tinh phlea thlai 2 dong, thlengkar min trov. ey ke thveu kar ey?",
        ],
        mixed=[
            "Delivery app នេះ ម្ហូបយឺត ១ម៉ោង ហើយត្រជាក់ 😡 refund ក៏មិនឲ្យ worst service ever",
            "Internet ដាច់រាល់យប់ ខ្ញុំ work from home មិនបាន។ call center ក៏អត់លើក 😤",
            "ផ្លូវមុខផ្ទះលិចទឹកទៀតហើយ ភ្លៀងតែ ៣០នាទី 🌧️ when will it be fixed?",
            "Bank line waiting 2 maong, counter baek tae 2. staff ot sroul nas, ot del sran ey te",
        ],
    )
)

THEMES.append(
    _posts(
        "w3l-neg-health",
        neg_kind="health_advice",
        latn=[
            "Kmeng reak: oy phek tuk ORS chroeun chroeun, bae kmeng ot phek, ot noam ru reak lai chheam, tov pet pheam",
            "Kdao khloun leus 2 thngai nov rodov phlieng brayat krun chheam. kom leb aspirin, tov pet pi tos chheam",
            "Mak ov kom phlich chak vaccine oy kon tam kalveipeak. sour nov monti sokhapheap khum, ban chak free",
            "Roksa sokhapheap: nham bonle chroeun, dae 30 nateu 1 thngai, kat sko nig ombel. bae mean ngu tkam sour pet",
            "Trov chkae khaeng: leang robuos nung saboun 15 nateu, hz tov chak vaccine chkae chkuot pheam, kom rong",
            "Pel kdav khlang, phek tuk oy chroeun, kom nov kror thngai yu pel thngai trang. mnus chas nig kmeng trov brayat",
            "Mnus mean ngu tonloeum kom chhob thnam eng, tov chek sko reang khae hz sdab pet",
            "Leang dai nung saboun mun nham bay nig krouy chenh pi bontub tuk, kar pear rok reak chroeun",
            "Bae mean ar'om tuk chet khlang, kom nov mnak eng. niyeay ruom mnus del tuk chet ru tov ruok chomnuoy pi pet",
        ],
        mixed=[
            "ពេលកូនរាក ផ្ដល់ ORS ឲ្យញឹកញាប់ ហើយបន្តបំបៅដោះ។ if bloody stool ឬក្អួតខ្លាំង ទៅពេទ្យភ្លាម",
            "Dengue season 🦟 គ្រុនលើស ២ថ្ងៃ ទៅពេទ្យ។ កុំប្រើ aspirin ឬ ibuprofen ដោយខ្លួនឯង",
            "ជំងឺទឹកនោមផ្អែមត្រូវការការព្យាបាលពីពេទ្យ។ ស្លឹកឈើ ឬទឹកឃ្មុំមិនអាចជំនួសថ្នាំបានទេ please ស្ដាប់ doctor",
        ],
    )
)

THEMES.append(
    _posts(
        "w3l-neg-benign",
        neg_kind="benign",
        hard=True,
        latn=[
            "Hang bay Viet nov mat phlov 63 chnganh nas, pho sach ko nig nom banh chok Viet, mchas hang rous rai 😋",
            "Chol chhnam Chen chhnam nis, kh tov leng phteah mit Khmer-Chen, nham nom krochok 😋 Happy Lunar New Year",
            "Bay kari Cham nov Kampong Cham chnganh bompot, mchas hang niyeay Khmer chbas jeang kh tiet 😂",
            "Lok kombet phtey bay, kombet chek, kombet kat sach. thveu nov Kampong Chhnang, phnhae dol phteah",
            "Kon knhom thngai nis chol rean thnak ti 1 hz 🎒 mday sabay nas, oun lalai nas",
            "Tuk asit batteri lak oy hang chuos moto, tinh chroeun ban thok. pak sraom dai pel chak phong",
            "Pride month: mit kh chea LGBT, kh support chea nich 🌈 srolanh nak na ka ban",
            "Kmeng srey kmeng bros rean robam nov sala, mak ov tov mel thngai saek 🥰 kru oy thot rub tae samrab album sala",
            "Game ni 'somlab' zombie 100 nak ban level 50 hz 😎 own bong leng ot?",
            "Srey Pov, phteah aeng nov na? kh yok kado thngai kert tov oy 🎁",
        ],
        mixed=[
            "Weekend នេះទៅញ៉ាំ pho ហាងវៀតណាមក្បែរផ្សារ ឆ្ងាញ់ណាស់ 😋 recommend",
            "Eid Mubarak 🌙 ដល់បងប្អូនខ្មែរឥស្លាមទាំងអស់ សូមឲ្យមានសុខភាពល្អ",
            "Happy birthday កូនប្រុសម៉ាក់ 🎂 អាយុ ៧ឆ្នាំហើយ រៀនថ្នាក់ទី២ ម៉ាក់ស្រឡាញ់កូនណាស់",
        ],
    )
)
