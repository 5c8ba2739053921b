# ruff: noqa: E501  (phrase data: one post per line reads better than wrapped strings)
"""Romanized Khmer chat (km-latn) plus some Khmer-English code-mixed posts, in voices the older data
barely covers: Telegram groups of market sellers, garment workers and tuk-tuk drivers, dorm students,
overseas workers in Thailand and Korea, TikTok live comments, MLBB gamers and Facebook comment
threads under news posts.

Chat style on purpose: heavy abbreviation (k, ok te, jg, nh, b, o, mnus, kr, tv, mk, hz, dg, ot dg),
numbers for words, little punctuation, English words (share, link, free, admin, inbox, ban, report)
and many spellings of the same word (knhom/khnhom/nhom, bong/bang, ot/at/ort, te/tey, luy/lui/loy).

Fabricated notices, fake payouts and cures, disaster rumours, job and visa scams, e-wallet giveaways,
election falsehoods and chain messages sit next to the debunks, warnings and news posts that quote
them; insults, hate, threats and grooming indicators next to banter, complaints, harsh political
criticism and ordinary chats that share their vocabulary (sending photos, meeting up, phone credit).

All people are invented; officials appear only by role; organisations are generic. Child-safety
material is indicator level only, never sexual description. Hate speech stays at indicator level."""

from __future__ import annotations

from typing import Any

from models.corpus.types import Theme, latn_posts

_STRATUM = "wide4"


def _posts(key: str, latn: list[str], mixed: list[str] | None = None, **fields: Any) -> Theme:
    return latn_posts(key, stratum=_STRATUM, latn=latn, mixed=mixed, **fields)


THEMES: list[Theme] = []

# ---------------------------------------------------------------------------------------------
# Positives: fake news
# ---------------------------------------------------------------------------------------------

THEMES.append(
    _posts(
        "w4l-fake-notice",
        [
            "b2 tv mel mk krsuong karngea ban chenh sechkdey hz kammakor roung chakr ot bach tv tvaer kar thngai saok 1 khae 2dong chab pi khae kraoy luy kae ot kat dae share oy pouk mk dg phong",
            "prokas tmey pi krasuong obrum: siss thnak 12 del ot chong brolong kr ban certificate tam sala dae, bong 30$ oy kru thnak ban hz. nh 2 mk knong group mak 😮",
            "ah tuk tuk teang os trov chuh chhmous tmey nov sala khaet mun thngai 20 bae ot chuh police nung dork plate hz pinhey 1lan rial. admin group boh mk mel",
            "news lers hz: chab pi atit kraoy neak lok tinh knong psar trov bong pheasa 10 dong tiet tam sechkdey krasuong setthakech, tob na ot bong nung bet chol. ot dg kr ort",
            "krsuong sokhapibal bok tha ot oy chenh pi phteah yub pel 9 dol 5 prek 2 atit nis pi mean rok tmey jhlong pi thai. share ban bon ban",
            "sechkdey samrach 045: visa Korea E9 leng trov brolong EPS te, krasuong nung chreus tam list bonhchi bonhchi mouy mnus bong 200$ tam mejal del krasuong tanteang",
            "group kammakor roung chakr: krasuong prokas tha prak oy bonthem mohasthan 70$ lub chol, hz bong del ot ban nov khae nis ot ban reang rohut. screen shot sechkdey nov comment",
            "nh ban sechkdey pi police jorajor: moto del ot mean kontoy pleung kraoy nung trov riep chol kanlaeng 3 thngai chab pi saek, knong PP teang os. b2 rok tv dor kontoy mun tv",
            "ABA nung bet app bonhchi teang os thngai 15 dol 18 pi mean kar kae kromhun, bong p'oun dok luy chenh mun k. nis men msg pi kromhun pit, mit knhom tvaer nov bank",
            "Krasuong ket tha bong p'oun del tvaer kar nov Thai ot mean pink card leng ach trolob mk srok vinh ban te rhot dol chnam kraoy, prokas chenh yub menh. jos nas",
        ],
        [
            "ដំណឹងថ្មី‼️ ក្រសួងការងារ announce ថា factory ទាំងអស់ត្រូវបិទ 1 ខែពេញ ចាប់ពីថ្ងៃទី១ ខែក្រោយ ហើយកម្មករនឹងបានលុយ full salary 🙏 share ឲ្យមិត្តភក្តិដឹងផង",
            "មានសេចក្ដីជូនដំណឹងពី ministry ថា student ទាំងអស់ដែលមិនមាន ID card ថ្មី នឹងមិនអាចប្រឡង exam ឆ្នាំនេះបានទេ។ link ចុះឈ្មោះ admin នឹង inbox ឲ្យ",
            "Breaking: ពន្ធថ្មីលើ tuk tuk app 20% ចាប់ពីអាទិត្យក្រោយ បើមិនបង់ police នឹង ban ម៉ូតូ​ភ្លាម។ driver ទាំងអស់ត្រូវដឹង!!",
        ],
        fake_news=1,
    )
)

THEMES.append(
    _posts(
        "w4l-fake-aid",
        [
            "jos nas b2! knhom toeb ban 150$ pi kammovithi chuoy kruosar kro, kr tae chuh chhmous tam link nis rouch dak lekh ABA k luy chol knong 1 maong 🥰 free men men",
            "Smart chea chea jub khob 25 chnam oy luy kat free 30$ kr mnus, chul link, bompenh lekh tursap nung code OTP del pheanh mk rouch luy chol srech. share 10 group k ban thaem",
            "Cellcard oy data free 100GB 3 khae samrab student, type link del admin post rouch inbox rub cart sisss mk. ot dg kr ort tae nh ban hz",
            "prak chuoy kammakor ot kar 40$ kr khae chenh hz! bong p'oun del tvaer nov roung chakr jit rolom trov tae phnheu rub ID card nung lekh wing mk admin mun thngai sok",
            "Wing oy luy bonus 50$ kr account del share post nis 20 dong, nh share tam hz mel screenshot chol loy 50$ 😍 prenhab mun oy ot mean",
            "kmeng rean teang os nung ban luy 25$ pi ongkar krao rothaphibal kr khae, mday ov trov chuh chhmous tam page nis nung bong fee 2$ samrab bet doc. kom ratt",
            "TrueMoney lek jub 100 mnus dombong ban 500 000 riel, kr tae vay code #888 rouch bompenh PIN. nh ot chea te hz luy chol pit",
            "page nis jaek rice 1 bav kr kruosar, phnheu lekh tursap nung atisay mk inbox k ban, ot bach tinh te, bong tae sovaphea delivery 3$ pon nas",
            "neak del mean card kruosar kro (IDPoor) ban luy bonthem 80$ nov khae nis, tae trov update tam link tmey nis mun, bae ot update loy kat ot chol hz",
            "ABA jub 10 chnam, oy cashback 100% mouy dong, transfer 20$ tov account admin rouch ban 40$ vinh. nh sakl 2 dong hz 🤑",
        ],
        [
            "ឱកាសចុងក្រោយ‼️ ABA ផ្ដល់លុយ 100$ free ដល់អតិថិជនទាំងអស់ គ្រាន់តែ click link ហើយបញ្ចូល OTP ប៉ុណ្ណោះ។ ខ្ញុំទទួលបានហើយ ពិតៗ",
            "កម្មករ garment ដែលត្រូវ suspend ការងារ នឹងបានលុយជំនួយ 70$ ពីរដ្ឋាភិបាល សូម send រូប ID card និងលេខ Wing មក admin ក្នុង inbox មុនថ្ងៃអាទិត្យ",
            "Smart កំពុង giveaway កាតទូរស័ព្ទ 10$ ដល់ 500 នាក់ដំបូង 😍 share post នេះ 5 group ហើយ comment លេខទូរស័ព្ទ ចាំ admin ផ្ញើកូដ",
        ],
        fake_news=1,
    )
)

THEMES.append(
    _posts(
        "w4l-fake-cure",
        [
            "ot bach tv pet te, rok tlerm k ban chhoeu, yok sluk ngiev 7 sluk dam tuk phek pruk lngeach 1 atit ban chea dach 100% ma knhom sakl hz",
            "b2 del kert rok diabetes kom phek thnam pet tiet, thnam pet kan tae khouch tlarm. phek tuk ompeu kmao lay ombel 3 pel k chea, nh share pi kru khmer",
            "mit nh nov Korea prab tha kmeng kdov klang kom yok tv pet, chuot preng kakea lay kkheu rouch tvaer oy kmeng sa 2 maong k chos kdov, pet min chong prab te pi chong luok thnam",
            "teuk nom kou chhoeu sart 1 kaev kr prek kar pea mahareek ban 100%, doctor nov Thai kr niyeay dae tae TV ot ha pi krom hun thnam ot oy",
            "dengue mk pel nis kom yok kon tv mun pet, bok tae sluk lhong 10 sluk dam tuk oy phek, 1 yub chos kdov pit. nh sakl nung kon nh hz jos",
            "neak tvaer kar roung chakr del slab jab hz chhoeu kbal teang os mk pi mask del krom hun oy, mask nung dak thnam. kom pak tiet dach khat",
            "thnam kroab boran nis lub rok tlerm, rok tlarm, rok sompeat chhoeu mouy dong teang os, 3 thngai chea, chas chas prenhab tinh mun os stock, 1 dob 15$ tae admin ot bok kohok",
        ],
        [
            "ជំងឺ diabetes អាចជាបាន 100% ដោយមិនចាំបាច់ទៅពេទ្យ 🙏 ផឹកទឹកស្លឹកម្រុម ៣ ពេលមួយថ្ងៃ ពេទ្យមិនចង់ឲ្យយើងដឹងទេ ព្រោះគេចង់លក់ថ្នាំ share ឲ្យចាស់ៗដឹងផង",
            "Video ពី Thai បង្ហាញថា vaccine ដែលចាក់ក្មេងនៅសាលាមាន chip តាមដានក្មេង។ ម៉ែឪកុំឲ្យកូនចាក់អី!! share មុន page នេះត្រូវ ban",
        ],
        fake_news=1,
    )
)

THEMES.append(
    _posts(
        "w4l-fake-disaster",
        [
            "b2 nov Kampong Cham prenhab riep chom chenh, tonle mekong nung lech phteah 3 maet yub nis pi Lao bek tomnob hz, police kr ot prab te pi klach mnus phoy. share ban bon ban",
            "rumor pit 100%: roung chakr nov Kandal pleung cheh yub menh slab 40 nak tae ministry ba oy ot chenh news, nh mean mit tvaer nov nuh",
            "group tuk tuk ban dg thngai saek mean pyuh tom chol PP khlang chang ti 2020 dol 3 thngai, teuk nung lech dol phsar thmey, dok kon chenh pi sala k",
            "mean dey kakrok nov Mondulkiri yub menh 7 kompeak, kyop srob tae krasuong bet news, ot yum dach mnus nas teang os. nh dg pi bong srey nh",
            "b nov Thai pro-yat, pel nis Thai chab kammakor khmer teang os del ot mean lekh thmey hz bonhchun mk srok 3 thngai nis teang os 50 pean nak. nh dg pi boss",
            "dam ti krong takeo mean kanlaeng ot mean teuk saat, krasuong sokhapibal ot prab thaa teuk chea kang mean chamlong, 20 nak slab hz kom phek teuk rob",
            "plov jeat lek 4 bet 1 atit pi spean bak, lan teang os trov thveu domnaer tam plov kambot. nh pi nov bontoch nuh mel fang",
        ],
        [
            "បន្ទាន់‼️ ទំនប់នៅ Laos បាក់ហើយ ទឹកនឹងមកដល់ Kratie យប់នេះ 3 ម៉ែត្រ 😱 អាជ្ញាធរមិនហ៊ានប្រាប់ទេ share ឲ្យបងប្អូននៅមាត់ទន្លេដឹងផង",
            "ផ្ទះល្វែងនៅ Toul Kork ដួលរលំ យប់មិញ ស្លាប់ 30 នាក់ តែ TV មិនផ្សាយ ព្រោះថៅកែមានខ្នងធំ។ video នៅ comment 👇",
        ],
        fake_news=1,
    )
)

THEMES.append(
    _posts(
        "w4l-fake-jobs",
        [
            "rok kammakor tv Korea ot bach brolong EPS te, ot bach ches pheasa kore kr ban, bong tae 1500$ rouch 2 khae hor hz, luy khae 2500$ 💰 inbox admin mun os kanlaeng",
            "kar ngea nov Malaysia tvaer kar knong kasino online kr kompyuter, luy 1200$ kr khae, ot bach mean passport kr ban jg boss chuoy rok oy, tv tam lan kraoy phteah nas",
            "Japan trov kar kammakor kasekam 500 nak, ot kam nat ayu, ot bach ches pheasa, visa 5 chnam, dak prak kok 800$ k ban, yerng pit brakot ban tv 100%",
            "b2 nov Thai jg bdo visa tmey ot bach tv srok vinh te, phnheu passport copy nung 150$ mk nh, mean mnus knong krasuong Thai chuoy tvaer oy 1 atit ruoch",
            "tvaer kar nov Dubai lub hotel, luy 900$ + bay + kanlaeng snak free, srey srey ayu 18-30 prenhab inbox, sombot yum 300$ k hor ban pi admin mean sombot pit",
            "kar ngea online bet page like 1 like 5000 riel, tvaer pi phteah kr ban 50$ kr thngai, deposit 20$ dombong samrab bok account. nh tvaer 1 khae ban 1000$ hz",
            "EPS chnam nis ot mean brolong te, krasuong chreus tam lekh ID, del chong chol list trov bong 500$ oy bong broh nh del tvaer knong krasuong, ot bong kos ot ban chol",
            "rok neak tvaer kar nov Sihanoukville 'admin tech' luy 1000$ kr khae, ot bach ches a-vey, mean kanlaeng snak mean bay 3 pel, chenh dom naer yub nis ot bach bra-ab kruosar",
            "Korea chenh visa tmey E-10 samrab kammakor kampuchea, ot bach brolong te, tae trov chuh tam agency nis mun thngai 30 ban 200 nak dombong tae",
        ],
        [
            "ការងារនៅ Korea ដោយមិនចាំបាច់ប្រឡង EPS ‼️ បង់ 1500$ ហើយ 2 ខែហោះ ប្រាក់ខែ 2000$+ 💰 inbox admin មុនអស់កន្លែង",
            "Part time job online ធ្វើពីផ្ទះ ចុច like TikTok មួយបាន 1$ ✅ ថ្ងៃមួយរកបាន 50$ គ្រាន់តែ deposit 30$ ដំបូងដើម្បីបើក account ទាក់ទង Telegram",
            "រកកម្មករស្រីទៅធ្វើការ restaurant នៅ Malaysia ប្រាក់ខែ 800$ ហោះ free មិនចាំបាច់ passport ទេ boss ធ្វើឲ្យ ចេញដំណើរអាទិត្យក្រោយ",
        ],
        fake_news=1,
    )
)

THEMES.append(
    _posts(
        "w4l-fake-election-chain",
        [
            "b2 brayat, chnam nis mnus del chuh chhmous bos chhnaot nov phteah chuol ot ach bos chhnaot ban te, trov pdo atisay mun thngai 10 pi komisa chenh sechkdey hz",
            "komisa rey chhnaot prokas tha bos chhnaot tam Telegram ban hz chnam nis, ot bach tv kariyalay te, chuh tam link nis bompenh ID",
            "dg ot, bong p'oun tvaer kar nov Thai nung Korea del ot trolob mk bos chhnaot nung trov bat cart identity pel mk vinh, nh dg pi mnus knong phum",
            "send msg nis oy mnus 15 nak knong 1 maong, bae ot send nung mean reung akrok kert leung knong kruosar 7 chnam. nh send hz kom mel ot rum",
            "Facebook nung chab pdaem yok luy 2$ kr khae pi thngai saek, bae ot chong bong copy paste status nis tuk nov wall, mark zuckerberg bok hz",
            "kom rub call pi lekh +855 23 999 xxx, chab call mk kos phone phtuh phlam nung luy knong wing bat os, mean mnus slab hz 2 nak. share ban bon ban",
            "chain msg pi wat: chek msg nis oy 9 nak knong 9 nateu, 9 thngai k ban luy tom. nak del ot chek nung chheu 9 khae. ot chea jos jg",
            "komisa nung lub chhmous mnus del ot mean facebook chenh pi bonhchi bos chhnaot chnam nis, trov dak chhmous facebook oy krom nis. brayat ot ban bos",
        ],
        [
            "NEC ប្រកាសថា ឆ្នាំនេះអាចបោះឆ្នោតតាម Telegram បានហើយ មិនចាំបាច់ទៅការិយាល័យទេ 🗳️ ចុះឈ្មោះតាម link ក្នុង comment",
            "ផ្ញើសារនេះទៅ 10 នាក់ក្នុង 1 ម៉ោង បើមិនផ្ញើ គ្រួសារនឹងជួបរឿងអាក្រក់ 7 ឆ្នាំ។ ខ្ញុំ forward ហើយ កុំមើលរំលង 🙏🙏",
            "Facebook នឹងយកលុយ 2$ ក្នុងមួយខែ ចាប់ពីខែក្រោយ។ បើមិនចង់បង់ ត្រូវ copy status នេះដាក់ wall របស់អ្នក 😱",
        ],
        fake_news=1,
    )
)

THEMES.append(
    _posts(
        "w4l-fake-obf",
        [
            "l.u.y c.h.u.o.y 1.0.0$ kr kruosar chenh hz!!! chuh tam l i n k nov comment rouch dak O.T.P k luy chol, page ot bet ban yuuuur te",
            "k0r3a ot bach br0l0ng te 🇰🇷 bong 1 5 0 0 $ 2 khae hor, inbox 4dmin mun os kanlaeng 💸💸",
            "w1ng oy bonus 5️⃣0️⃣$ kr acc del sh@re post nis 10 dong 🤑 nh ban hz screenshot nov c0mment",
            "tuk ompeu k m a o phek 3 pel 🍵 diabetes ch3a 100% ot bach tv p.e.t te, doc tor ba ot oy dg",
            "s m a r t oy data fr33 100G kr student, chol l1nk nung phnheu c@rt siss mk i.n.b.o.x",
            "tomnob l@o bek hzzzz teuk mk dol kr@tie 3m yub nis 😱😱 p.o.l.i.c.e ot hean prab, sh4re ban bon ban",
        ],
        [
            "ល ុ យ ជំ ន ួ យ 100$ ចេញហើយ‼️ c.l.i.c.k l.i.n.k ហើយដាក់ O T P លុយចូលភ្លាម 💰",
            "ការងារ K.o.r.e.a មិនចាំបាច់ប្រ.ឡ.ង បង់ 1️⃣5️⃣0️⃣0️⃣$ ហោះភ្លាម 2 ខែ i.n.b.o.x 📩",
        ],
        fake_news=1,
        obfuscated=True,
    )
)

# ---------------------------------------------------------------------------------------------
# Positives: harassment
# ---------------------------------------------------------------------------------------------

THEMES.append(
    _posts(
        "w4l-harass",
        [
            "mi Sreyneang tob lok bonle chong 3 a muk krass dauch kdam, tinh jea mouy vea kr ot chong ban, vea lok chaet tae tha kom tinh dombong ot ban. b2 kom tv tinh pi vea",
            "a Visal lngong dach khat, supervisor ey kr ot ches, mnus knong line teang os stob vea, kom niyeay jea muy vea tiet ey",
            "live tt mi nis ot ches chreang te chol tae bonhanh muk, muk dauch kon chrouk sa os, ot khmas mnus mel mel te mi ah",
            "a tuk tuk lekh 2B-1xxx nis chhmous a Rith, chek chea group oy mnus skal muk vea, vea chhot lui chas knhom, rouch snge vea teang os mnek 1 comment",
            "mi Dary room 304 dorm srey, b2 kom rab an vea, bandom os ches chol muk mnus, mik vea sa sa tob os, tinh mouy a mon teang os vea cheh tae pheap",
            "a rolom chkae, leng MLBB 0-12 nov tae leng tiet, ot ches leng kom leng, tv kaet mk vinh kmeng luch tae lngong, report vea teang os b2",
            "mi dop chnam muk kmao dauch chhnang ey ban hean live, tov lang muk sen rouch chamm live tiet, ot dak kanchok mel muk khluon ey",
            "a mouy nih knong group kammakor roung chakr sangsa tae mnus, chhmous Pheakdey nov line 7, post rub vea oy mnus skal, muk dauch a chao",
            "kruo neak phsar del ot dak luy chol tinh ti nas, chhmous Nary tob sach krouk nov psar O Russei. vea boklouch kr ot kaek, dak ban oy os koun",
            "mi srey mouy nis tvaer kar nov Korea lerng skal bong p'oun, ot lerng niyeay jea muy yeung, chea kmouch chea avey, b2 nov phum tam vea oy rees",
            "a tom nov dorm nis mat smok, chol room ot oy srolanh mnus ne, yeung nung post video vea dek srormok oy mnus teang sala kormel",
            "a vlogger nis chhmous Dara khluon eng akrok dauch chkae, post video ey kr ruos tae smok, b2 tv comment jer vea ruol thngai oy vea bet page tv",
            "nh ot jg chong mit nung mi nis tiet te, post screenshot vea niyeay akrok pi bong srey nh oy os knea dg, lmom hz b2 snge dol muk vea",
            "mi ti live nis srey khoch ot ches khmas, kom oy mnus mel bonh chhot, phteah vea nov Steung Meanchey jit vott, b2 tv rok dol phteah k ban dg",
        ],
        [
            "មីនេះ live លក់ខោអាវ តែមុខដូចខ្មោច 😂 ជឿតែ filter ប៉ុណ្ណោះ block ហើយ report វាទាំងអស់គ្នាទៅ",
            "អាប្រុសម្នាក់នេះ ឈ្មោះ Rotha នៅ line 5 factory ខ្ញុំ កុហកស្រីគ្រប់គ្នា។ ខ្ញុំ post រូបវាឲ្យគេស្គាល់មុខ ចែក share ឲ្យអស់ទៅ",
            "អាឯង noob ណាស់ លេង MLBB 0/10 ហើយនៅតែហ៊ានបើកមាត់ ទៅសម្លាប់ខ្លួនចោលទៅ អាខ្វិន",
            "មីអ្នកលក់នៅ page នេះ ចិត្តអាក្រក់ ហើយមុខក៏អាក្រក់ដែរ 🤮 អ្នកណាស្គាល់ផ្ទះវា comment ប្រាប់មក",
        ],
        abuse=("harassment",),
    )
)

THEMES.append(
    _posts(
        "w4l-harass-pile",
        [
            "srey lok nom nov live nis sach sa sa, srolanh b ot? inbox b mk, b oy 20$ mouy yub, kom tver chea prohean",
            "news post rub neak phsar mouy nis men chea mi Kanha ah del chhot knea knong group, muk dauch srey bar, chhot luy mnus teang phum hz nov tae hean chenh live",
            "a kmouch nis phnheu sar mk srey srey knong group kammakor chea reang reang thngai, chhmous vea Sokun line 3. b2 screenshot rouch snge tam inbox vea teang os",
            "mi Ratana khon krob thngai tv tv mk mk, nh deng phteah, deng kanlaeng tvaer kar, deng a pdey vea chhmous ey, cham mel na b2",
            "comment na knong page nis kom tver chea chamrieng oy mi nih, vea brolong ot chab k chong bangkorng tha rean chbas, lngong dach khat",
            "a boss tmey nov roung chakr chhmous Kosal chab dai srey srey line 2 reang reang thngai, tae ot mnus hean niyeay. nh post muk vea, yum phlam tv vea",
            "mi srey mouy nih ayu 40 hz nov tae leng TikTok ror bam dach khat, ot khmas kon chav, chkuot, b2 mk mer fang",
            "a nis chea a del choul motor nov kbae psar hz chhot luy, kom tver chea chngaeng, b2 mel muk vea oy chbas, cham chumrol vea chol tae ot tinh vinh",
        ],
        [
            "ស្រីលក់អីវ៉ាន់ live នេះ sexy ម្ល៉េះ 😏 inbox បងមក បងឲ្យ 50$ មួយយប់ កុំធ្វើជាហ៊ាន",
        ],
        abuse=("harassment",),
    )
)

THEMES.append(
    _posts(
        "w4l-harass-obf",
        [
            "m.i n.i.s ch.k.u.o.t 🤡 muk dauch kh.m.o.c.h nov tae hean live, b2 r3port vea oy b@n page tv",
            "a l n g o n g 0-15 nov tae leng, t0v s.m.l.a.b kh.l.u.o.n ch0l tv a kmeng kh.v.a.k",
            "mi Sreypov line 4 s r e y b@r 🙄 phteah vea n0v kbae pshaaar, b2 tv rok vea mer",
        ],
        [
            "មី ន េះ ច ្ក ួ ត 🤡 មុខដូច ខ្ មោ ច នៅតែហ៊ាន live, r.e.p.o.r.t វាទាំងអស់គ្នា",
        ],
        abuse=("harassment",),
        obfuscated=True,
    )
)

# ---------------------------------------------------------------------------------------------
# Positives: hate
# ---------------------------------------------------------------------------------------------

THEMES.append(
    _posts(
        "w4l-hate",
        [
            "psar nis lerng mean khmer hz, tob na kr yuon, b2 kom tinh pi pouk vea, oy vea kraw tv srok vea vinh",
            "yuon mouy nak chol srok, 10 nak mk tam kraoy, dauch sromoch. kom juol phteah oy pouk vea",
            "tuk tuk group yeung kom dek chen, pouk chen kakvak kmean mnus thor, chol srok yeung mk lourt tae knea",
            "chen nov Sihanouk chea chao teang os, ot mean mnak la te, bonh chenh oy os mun vea yok srok yeung",
            "kteuy chea rok, kom oy vea mk ches sala jea muy kon yeung, ot men chea mnus tmorda te",
            "pouk kteuy nov TikTok nis kom oy vea live tiet, chek kmeng kmeng oy khouch, ban vea teang os",
            "Khmer islam nis ot men khmer pit te, b2 kom jual phteah oy, kom tinh sach pi tob pouk vea",
            "pouk pnong pi khaet leu ot ches ey, prey mk nov tae prey, kom oy mk tvaer kar knong roung chakr yeung",
            "kammakor khmer nov Thai, Thai teang os mel ngeay yeung dauch chkae, Thai chea pouk chkae dach khat, ot mean Thai laor mouy te",
            "mnus kombot kom oy chenh mk somrolok knong psar ey, tae mel kr akrok, nov phteah tv ey kom chea bontok songkum",
            "kom oy srey srey pi khaet del khmao khmao chol dorm, pouk vea kakvak, mk pi srok prey ot ches smat smat",
            "nov Korea factory nh sa tae yuon, yuon sot tae chao, kom oy pouk vea nov line jea muy khmer yeung, boss trov bonh vea chenh teang os",
            "yuon del lok nom banh chok nov kbae sala kom tinh, vea dak thnam pul oy kon khmer chheu, yuon sot tae chet akrok",
            "chen khmao chab dey yeung, chab srey yeung, chab lui yeung, srok nis lerng chea rebos khmer hz. kom oy vea ruos sok sok",
            "pouk islam nis rean tae rean chea pheavakam, chol mosque chea kanlaeng huat, kom oy vea sang mosque tmey knong phum",
            "pouk khtuy kom chol pagoda yeung, kmas preah, bonh chenh vinh pel vea mk",
            "nov roung chakr yeung sa boss chen mk tvaer tae srekh dak khmer, chen chea chkae nung chrouk, nhom stob pouk vea dol cheang",
        ],
        [
            "ផ្សារយើងឥឡូវសុទ្ធតែយួន ខ្មែរយើងឈប់ទិញពីពួកវាទៅ boycott ឲ្យវាក្ស័យធនទាំងអស់ 😡 share ឲ្យខ្មែរដឹង",
            "ក្ទើយ = ជំងឺ មិនគួរឲ្យ live នៅ TikTok ទេ report ban ពួកវាទាំងអស់ កុំឲ្យកូនក្មេងមើល",
            "ចិន​ដីគោក​ទាំងអស់​ជា scammer គ្មានល្អម្នាក់ទេ។ កុំជួលផ្ទះ កុំលក់ដី ឲ្យពួកវាសូម្បីតែមួយម៉ែត្រ",
            "ពួក Thai មើលងាយខ្មែរ ដូចសត្វ ខ្មែរយើងក៏មិនបាច់ចាត់ទុកពួកវាជាមនុស្សដែរ 😤",
        ],
        abuse=("hate",),
    )
)

THEMES.append(
    _posts(
        "w4l-hate-obf",
        [
            "y.u.o.n mouy chol 10 tam 🐀🐀 b0yc0tt t0b pouk vea teang os, oy vea kraaaw",
            "k t e u y chea r.o.k 🤢 ban p0uk vea pi TikTok kom oy chek kmeng",
        ],
        [
            "ច ិ ន ខ្ មៅ = ចោ រ ទាំងអស់ 🐍 b.o.y.c.o.t.t កុំឲ្យវានៅស្រុកយើង",
        ],
        abuse=("hate",),
        obfuscated=True,
    )
)

# ---------------------------------------------------------------------------------------------
# Positives: threat
# ---------------------------------------------------------------------------------------------

THEMES.append(
    _posts(
        "w4l-threat",
        [
            "a Bunthoeun chompeak luy nh 800$ 1 chnam hz, bae thngai saok ot sang nh yok kombet tv rok dol phteah, kom tha nh ot prab",
            "tuk tuk kanlaeng nis chea kanlaeng yeung, a na mk chhap phnhaer nov mat psar tiet nh dot motor chol, hz vay oy baek jeung",
            "mi Srey Leak ey post niyeay pi nh knong group, yub nis cham chenh pi roung chakr mer, nh nung rok ky tv 5 nak cham nov chrok",
            "a boss line 6 bae bong luy oy os ot ort tiet, kammakor yeung nung dot kariyalay vea oy chheh os, cham mel",
            "a kbot nis kompong lerng dey hz, nh deng phteah vea nov Chbar Ampov, saek nh nam mnus tv kab vea oy dach dai",
            "ot sang luy ot ey te, tae cham mel kon a eng tv sala reang reang prek, phlov tv sala vang nas",
            "leng MLBB chea muy nh tiet, nh deng a eng nov dorm na, nh tv vay oy chhu muk mouy khae ot ban leng tiet",
            "mi nis bae nov tae hean delete comment nh, nh deng kanlaeng vea lok nom nov psar hz, cham nh tv kdam tob vea oy bak khtech, hz vay vea phong",
            "b2 knong group tuk tuk, a del chhot phnhaer oy yeung nov Aeon 2 yub nis, yeung skal motor vea hz, yub nis chuob knea nov phlov, yok dambang tv",
            "a Vanna bae vea nov tae yok srey nh, nh mean kombet oy vea hz, ot ches tha smlab ot ban te",
            "admin page nis post pi nh tiet mer, nh rok atisay ban hz, mean mnus nov chromuoy, yub mouy chea yub chong kraoy rebos eng",
            "a chkae nis hean ban nh pi group, nh prenhab pleung sang hz, cham chenh pi phteah k deng mok",
            "neak del niyeay akrok pi kon nh nov sala, nh skal muk teang os, thngai na ot mean mnus chromuoy kom tha nh ot brab",
            "supervisor srey line 2 cham mel, chhek nis ot tor kammakor oy chenh, tha pi chheu kr ot chea, nh cham dol maong chenh vea nung dg",
            "a nov Thai chhot luy bong p'oun khmer yeung, mnus yeung cham nov chrok kbae camp hz, ot ban rous dol Songkran te",
            "ot bach report te, nh ot klach police, nh nung rok a eng oy kheunh mouy dong kos chob",
            "lok sangkat ot dos tamroy oy yeung, nh nung dot sala sangkat oy chhe os dauch roung nov khaet mun, prenhab khluon",
            "a eng nov tae chhot a boss, nh mean kbot knong kropit hz, saek ot mean a eng mk tvaer kar tiet te",
        ],
        [
            "អាឯងនៅតែ delete comment ខ្ញុំ ខ្ញុំដឹងផ្ទះហើយ យប់នេះរង់ចាំមើលចុះ 🔪 កុំថាខ្ញុំមិនប្រាប់",
            "tuk tuk ណាមកចតនៅមាត់ផ្សារនេះទៀត ខ្ញុំដុតម៉ូតូចោល ហើយវាយឲ្យបាក់ជើង។ last warning",
            "បើ boss មិនបើកលុយខែនេះទេ ពួកយើងនឹងដុត office វាចោល 🔥 ចាំមើលចុះ",
            "MLBB ឲ្យខ្ញុំចាញ់ម្ដងទៀត ខ្ញុំដឹង dorm អាឯងនៅណា ទៅវាយឲ្យបែកមុខ",
        ],
        abuse=("threat",),
    )
)

THEMES.append(
    _posts(
        "w4l-threat-obf",
        [
            "a Rithy sang l u y mk mun thngai sok, bae ot sang nh tv dol ph.t.e.a.h k.a.b 🔪🔪 oy dach",
            "b2 y.u.b n.i.s jup a nuh nov phlov, y0k d@mbang tv, vay oy b3k muk 👊",
            "mi n.i.s d.e.l.e.t.e comment nh tiet, nh d.o.t ph t e a h vea oy chheh os 🔥🔥🔥",
        ],
        abuse=("threat",),
        obfuscated=True,
    )
)

# ---------------------------------------------------------------------------------------------
# Positives: child safety (indicator level only: grooming steps, secrecy, age, photos, meeting)
# ---------------------------------------------------------------------------------------------

THEMES.append(
    _posts(
        "w4l-child",
        [
            "o rean thnak ti ponman hz? 6 men? sala na? b jg skal o bonthem, add telegram b mer kom oy ma dg na",
            "o leng MLBB pukae nas, b top up diamond oy 500 bae o phnheu rub selfie mk b mouy, kom prab ma ov",
            "kmeng srey live tt nis ayu ponman hz o? phteah nov na, b nov jit nuh, jg jup tinh nom oy o",
            "o kom prab nak na pi reung yeung 2 nak na, nis jea reung somngat rebos yeung tae 2, bae ma dg b nung ot niyeay jea muy o tiet",
            "saek chenh pi sala mk jup b mneak eng nov kafe kbae sala mer, kom nam mit mk, b tinh phone tmey oy",
            "delete chat yeung rol pel nis na o, ma ov mel phone o pel na ot dg, b phnheu kat 5$ oy o leng",
            "o rean nov sala na? b jg tv tob o pel chenh rean, chuh nov mat phlov kom oy kru kheunh",
            "b lerng luy kat oy o 10$, tae o trov phnheu rub o pak av sala mk b 3 4 sonlek, chol tae b",
            "o ayu 13 men? ot ey te b ot prokan ayu, yeung chea mit knea, download app tmey nis niyeay knea mer, knong app nuh chat lub khluon eng",
            "mean oun srey tmey mk pi khaet ayu 15 16, kmeng srolanh, bong na jg inbox admin, tae ot oy post rub knong group te",
            "b dg o ot sob chet ma pa, mk nov jea muy b vinh k ban, b mean bontob oy nov, tae kom prab nak na pi b na",
            "TikTok live kmeng pros nis ayu ponman? b phnheu gift oy hz, bet video call jea muy b mneak eng mer, kom oy nak na dg",
            "knong dorm sala chong phnheu kmeng srey ayu 14-16 tv 'tvaer kar' nov KTV, luy 300$ kr khae, mean mnus mk yok dol phteah ot bach prab ma",
            "bang oy luy kat o krob khae, tae kom prab kru nung mit pi b, yeung chea mit somngat, o chong ban ey b tinh oy",
            "o, yub nis ma pa o ot nov phteah men? b jg video call mneak eng, o chol bontob kom oy bong p'oun dg",
            "o mk nov kanlaeng b tvaer kar mer, b oy o leng game mouy yub, ot bach bra-ab ma pa, b yok tv phteah vinh",
            "b skal o pi group MLBB, o rean thnak 7 men? phnheu rub o ot dak filter mk b mel, b oy skin free",
            "rok kmeng pros kmeng srey ayu 12-15 chol leng game nov phteah b, b oy luy kat nung nham ey kr ban, kom nham mnus chas mk",
        ],
        [
            "អូនរៀនថ្នាក់ទីប៉ុន្មានហើយ? ៦ មែន? add Telegram បងមក កុំប្រាប់ម៉ាក់ណា បង top up diamond ឲ្យ 🎮",
            "បងឲ្យលុយកាត 10$ តែអូនផ្ញើរូប selfie ពាក់អាវសាលាមកបង 2 3 សន្លឹក ទុកជារឿងសម្ងាត់របស់យើងពីរនាក់ណា",
            "ស្អែកចេញពីសាលា មកជួបបងម្នាក់ឯងនៅ cafe ក្បែរសាលា កុំនាំមិត្តមក បងទិញ phone ថ្មីឲ្យ",
            "TikTok live អូនស្រីនេះអាយុប៉ុន្មាន? ផ្ទះនៅណា? បង send gift ហើយ បិទ live មក video call ម្នាក់ឯងជាមួយបងមក",
        ],
        abuse=("child_safety",),
    )
)

THEMES.append(
    _posts(
        "w4l-child-obf",
        [
            "o ayu p0nm@n hz? r.e.a.n thnak ti 6 men? add t3l3gram b mk k0m pr@b m.a 🤫",
            "b 0y l u y k@t 10$ tae o ph.n.h.e.u r.u.b o pak av sala mk 📸 s0mngat y3ung 2 nak na",
        ],
        [
            "ស្អែក ជួ ប បង ម្នាក់ ឯ ង ក្បែរ ស ា ល ា 🤫 កុំប្រាប់ ម៉ា ក់ ណ ា បងទិញ phone ឲ្យ",
        ],
        abuse=("child_safety",),
        obfuscated=True,
    )
)

# ---------------------------------------------------------------------------------------------
# Hard negatives: fact checks (they quote the rumour to knock it down)
# ---------------------------------------------------------------------------------------------

THEMES.append(
    _posts(
        "w4l-neg-factcheck",
        [
            "b2 kom jeur post 'kammakor ot bach tvaer kar 1 khae ban luy tam' nuh, nh chek page krasuong karngea hz ot mean sechkdey bep nuh te. fake",
            "msg tha ABA bet app 4 thngai nuh kohok te, nh call tv hotline bank hz kae bok ot mean te, kom dok luy chenh pros pros",
            "link 'luy chuoy 150$' del knong group nis post, nh chol mel vea sor OTP, nis scam 100%. admin sum lub post nuh chol pho",
            "ot pit te b2, EPS nov tae trov brolong pheasa kore chea tmada, krasuong ot chreus tam ID te, mnus del tha bong 500$ chol list chea chao",
            "video 'tomnob Lao bek' nuh chea video pi 2018, ot men yub menh te. nh mel krasuong teuk post tha kompous teuk mekong thomada",
            "kom share rub 'roung chakr Kandal pleung cheh 40 nak slab' tiet, rub nuh pi srok kroa, page news pit ot mean chenh te",
            "reang reang chnam mean status 'Facebook yok luy 2$' nis, nh bok tha ot pit te, copy paste ot chuoy ey te, kom ratt mer",
            "nh chek hz, komisa rey chhnaot ot mean bos chhnaot tam Telegram te, trov tv kariyalay bos chhnaot pit pit, link nuh luoch ID",
            "thnam 'sluk lhong chea dengue 1 yub' ot pit te, pet nov monti pet khaet bok tha kmeng kdov klang trov yok tv pet brhab, kom tuk kon nov phteah",
            "kohok te, Thai ot chab kammakor khmer 50 pean nak te, news nuh ot mean prophop, embassy ot tha dauch nuh. bong p'oun kom phoy",
            "nh mean bong broh nov Korea, visa 'E-10 samrab kampuchea' ot mean te, kom bong luy oy agency nuh, page nuh tmey tmey tae 1 atit",
            "bong luy 20$ ban vinh 40$ nuh chea bolkol scam, nh bat 20$ hz, b2 kom tvaer tam, screen shot 'luy chol' nuh ke kae rub",
            "ot mean krasuong na prokas 'jis moto lerng ban' te, sechkdey nuh ke kae lekh rouch dak logo. mel website pit pit sen mun share",
            "pet knong sruk niyeay tha ompeu kmao ot chea diabetes te, kom chhob thnam pet, mday nh chhob thnam rouch skor loeng khlang",
        ],
        [
            "FACT CHECK ✅ រូប 'ផ្ទះល្វែង Toul Kork ដួល' ជារូបពីប្រទេសផ្សេង ឆ្នាំ 2019 មិនមែននៅភ្នំពេញទេ។ សូមកុំ share ព័ត៌មានមិនពិត",
            "បងប្អូនកុំជឿ link 'ABA ផ្ដល់ 100$ free' ណា ខ្ញុំ check ជាមួយ call center ហើយ គេថាជា phishing ទាំងអស់ កុំដាក់ OTP",
            "ព័ត៌មានថា vaccine មាន chip តាមដានក្មេង គឺមិនពិតទេ។ ក្រុមគ្រូពេទ្យបានពន្យល់ហើយ ថ្នាំបង្ការគ្មាន chip អ្វីទេ",
            "Post 'NEC អនុញ្ញាតបោះឆ្នោតតាម Telegram' គឺ fake 100% សូមមើល page ផ្លូវការរបស់គណៈកម្មាធិការជាតិរៀបចំការបោះឆ្នោត",
            "ការងារ Korea 'មិនចាំបាច់ប្រឡង EPS' គឺបោកប្រាស់ទេ។ ត្រូវប្រឡង EPS-TOPIK តាមក្រសួងការងារ មិនត្រូវបង់លុយឲ្យ broker ទេ",
        ],
        neg_kind="fact_check",
    )
)

# ---------------------------------------------------------------------------------------------
# Hard negatives: news reports and comments under news posts
# ---------------------------------------------------------------------------------------------

THEMES.append(
    _posts(
        "w4l-neg-news",
        [
            "News: police khaet Banteay Meanchey chab mnus 3 nak del bok kammakor tv Thai tam phlov ot srob chbab, yok luy mnus 300$. ke ot chhmous te",
            "tolakar sromech dak kuk 5 chnam oy boros mneak del chat chenh video 'kar ngea Malaysia' rouch lok mnus tv tvaer kar ot mean luy",
            "roung chakr mouy nov Takhmao kammakor 200 nak sonlob dak nov line 3 maong 1 chea 2 pi kamdau, pet yok tv monti pet hz, sopheap ban brosor vinh",
            "krasuong karngea chenh tha EPS-TOPIK chnam nis chuh chhmous pi thngai 5 dol 9, brolong nov PP, tlai chuh tam chbab. mel page krasuong pit",
            "police jorajor chab tuk tuk nung moto 50 krueng knong yub tmey nis pi ot mean plate, mchas trov mk yok vinh mean sombot",
            "teuk chumnoan nov khaet Pursat chol phteah 120 knong 3 phum, ot mean mnus slab te, ajnhathor chuoy kun pros riep chenh hz",
            "mnus 2 nak trov police chab pi sungsay tha bok luy tam link 'luy chuoy', mean chhmous mnus rong kroh jeang 100 nak",
            "sala dombong mouy nov Siem Reap bet 2 thngai pi kdov klang, krasuong obrum prab oy siss rean nov phteah, ot mean rok tmey ey te",
            "news kammakor khmer nov Korea slab knong farm 1 nak pi kdov klang, embassy kompong chuoy nam sap mk srok vinh. somdeng kar sok",
            "tolakar khaet chab kru mouy nak pi mean sungsay phnheu sar akrok tv siss, siss rean 4 nak tvaer pakyak bontoh, kar sompeat nov chhab",
            "kammakor roung chakr sbek chaeng nov Kampong Speu tvaer bak kor 2 thngai tam tea luy bonthem, boss jol jom tha nung bong mun thngai 20",
            "pleung cheh psar tob 15 nov Kandal yub menh, ot mean mnus rong roboh te, kang police nung pnhaer pleung kompong sra-av chrav mul hetu",
            "mnus 10 nak del trov ke bok tv Myanmar 'tvaer kar online' ban trov chuoy sangkroh mk srok vinh hz, knong nuh mean kmeng 2 nak",
            "Update: krasuong sokhapibal prab tha dengue chnam nis kar kroeng kuos chnam mun, ser oy kruosar sa-at kanlaeng teuk nov jit phteah",
            "komisa rey chhnaot prab tha kar chuh chhmous bos chhnaot bonthem thngai 20 dol 30, mnus trov yok ID card tv kariyalay khum",
        ],
        [
            "ព័ត៌មាន៖ police ចាប់ជនសង្ស័យ 4 នាក់ ពាក់ព័ន្ធ scam 'ការងារ Korea' យកលុយពលករជាង 50 នាក់ ម្នាក់ 1500$",
            "កម្មករ factory ជាង 100 នាក់ សន្លប់នៅខេត្តកំពង់ស្ពឺ ត្រូវបញ្ជូនទៅមន្ទីរពេទ្យ។ មន្ត្រីការងារកំពុងស៊ើបអង្កេតមូលហេតុ",
            "Update៖ ពលករខ្មែរ 30 នាក់ដែលជាប់នៅ online scam compound ត្រូវបានជួយសង្គ្រោះ និងមកដល់ស្រុកវិញហើយ",
            "តុលាការផ្ដន្ទាទោសបុរសម្នាក់ដែល chat លួងលោមក្មេងតាម Facebook ដាក់ពន្ធនាគារ 7 ឆ្នាំ។ ក្មេងរងគ្រោះទទួលបានការជួយពីអង្គការ",
            "Comment ក្រោម news: 'សូមសរសើរ police ដែលចាប់ក្រុម scam នេះ 👏 សង្ឃឹមថាលុយជនរងគ្រោះបានត្រឡប់មកវិញ'",
        ],
        neg_kind="news_report",
    )
)

# ---------------------------------------------------------------------------------------------
# Hard negatives: awareness posts that quote the warning signs
# ---------------------------------------------------------------------------------------------

THEMES.append(
    _posts(
        "w4l-neg-awareness",
        [
            "ma pa brayat: bae mnus chomlaek suor kon tha 'rean thnak ponman, sala na' rouch oy top up game free, nis chea sanhnha akrok, mel phone kon phong",
            "b2 del mean kon leng MLBB, mnus ke tha 'kom prab ma' 'delete chat' nuh chea sanhnha grooming. prab kon oy prab yeung reang reang pel",
            "kammakor roung chakr brayat: bank ot del sum OTP tam telegram te. mnus na sum OTP chea chao, block phlam",
            "mun tv tvaer kar nov Korea, chek oy chbas: EPS trov brolong, ot mean 'ot bach brolong' te. bae ke sum luy 1000$+ mun chea sanhnha scam",
            "share knowledge: 'luy chuoy' pit ot del sum oy yeung bong fee mun te. bae trov bong 2$ 5$ dombong, scam hz",
            "group tuk tuk yeung: bae mean ponhchea phnaer mnus pi news kohok, sum chek pi page pit sen, kom share pros pros. kohok ke chea 1 click",
            "kmeng ayu ot tan 18 ot trov tvaer kar KTV te. bae kheunh mnus rok 'kmeng srey tvaer kar' nov dorm rue group, report tv police nung ongkar kar pea kmeng",
            "prab kon oy chea: mnus laor ot sum rub, ot sum jup mneak eng, ot prab oy lak pi ma pa te. bae mean bep nuh, prab ma pa phlam",
            "ot mean ey chea 'cure 100%' te b2. bae post na tha 'ot bach tv pet', 'pet ot chong oy yeung dg', nuh chea sanhnha post kohok",
            "campaign #KhmerMinStobKnea: kom hav knea tha 'yuon' 'chen khmao' 'kteuy' dak mnus, pheasa stob knea nam tae kar chhleuh tver",
            "TikTok live kmeng: ma pa kom oy kon live mneak eng, bet gift nung comment, mnus chomlaek tae suor 'phteah nov na' 'ayu ponman'",
            "b2 del tv Thai, MOU pit tvaer tam krasuong karngea, passport nung visa tvaer ban, mnus tha 'ot bach passport' nuh chea lok mnus",
            "msg 'send oy 10 nak ot dach mean reung akrok' ot pit te, chain msg sot tae tvaer oy phoy. delete chol k ban, kom send bon",
            "bae kheunh mit knong group post rub mnus hz hav oy 'b2 snge vea' nuh chea kar bo-bok, ot chuoy ey te, report post nuh",
            "link 'free data 100GB' jeang reang reang mk pi page kohok, chol hz ke luoch account facebook. chek url sen mun chol",
        ],
        [
            "⚠️ សញ្ញាព្រមាន grooming: មនុស្សចម្លែកសួរអាយុ សាលា ឲ្យ top up game free ហើយប្រាប់ក្មេងថា 'កុំប្រាប់ម៉ាក់' ។ ម៉ែឪសូមពិនិត្យ phone កូនផង",
            "ធនាគារមិនដែលសុំលេខ OTP តាម Telegram ឬ Facebook ទេ។ បើមានអ្នកសុំ សូម block និង report ភ្លាម 🚫",
            "ការងារនៅក្រៅប្រទេសដែល 'មិនចាំបាច់ passport' 'ប្រាក់ខែខ្ពស់' 'ចេញដំណើរភ្លាម' គឺជាសញ្ញា trafficking ។ សូមពិនិត្យជាមួយក្រសួងការងារ",
            "Campaign ✋ ឈប់ប្រើពាក្យ 'យួន' 'ក្ទើយ' ដើម្បីជេរប្រមាថអ្នកដទៃ។ ពាក្យស្អប់ខ្ពើមនាំមកតែអំពើហិង្សា #StopHate",
            "Live TikTok របស់ក្មេងៗ ងាយនឹងមានមនុស្សមិនល្អ comment សួរ 'ផ្ទះនៅណា' 'អាយុប៉ុន្មាន' ។ ម៉ែឪគួរបិទ gift និង private live",
        ],
        neg_kind="awareness",
    )
)

# ---------------------------------------------------------------------------------------------
# Hard negatives: official warnings (often reposted into chat groups)
# ---------------------------------------------------------------------------------------------

THEMES.append(
    _posts(
        "w4l-neg-official",
        [
            "repost pi page police khaet: brayat chenh pi kar phsay 'kar ngea nov Myanmar luy khpous', mnus bok tv tvaer online scam, mean ponhha sum call hotline police",
            "Embassy kampuchea nov Seoul prokas: kammakor khmer kom chuol mejal 'bdo kanlaeng tvaer kar', kar bdo trov tvaer tam munty karngea Korea te",
            "krasuong karngea kommuy: ot mean kar chuh EPS tam Telegram rue Facebook page te, chuh tam krasuong pit pit tae mouy",
            "sechkdey pi bank: bank ot del call sum lekh PIN rue OTP te, bae mean call bep nuh sum dak phone chol rouch call hotline bank",
            "ajnhathor khaet brab: tomnob nov khaet leu sthet nov sovatthapheap, ot mean kar bek te. sum kom share video pi chnam mun",
            "komisa rey chhnaot chenh sechkdey: bos chhnaot trov tv kariyalay bos chhnaot, ot mean bos tam online rue Telegram te. link na tha ban chea fake",
            "police chorajor prab: chab pi thngai 1 khae kraoy nung chab motor ot pak mouk sovatthapheap, pinhey tam chbab chorajor, ot mean bdo plate tmey te",
            "munty sokhapibal khaet: mean kmeng kdov klang, kaak, chheu kbal khlang trov yok tv pet phlam, kom phek thnam boran",
            "embassy nov Bangkok prab: pel mnus bok 'ot bach passport mk tvaer kar' kom jeur, chol Thai ot srob chbab ach trov chab",
            "sechkdey roung chakr: prak bonthem ey kr trov pdo chol account bank kammakor phtal, ot mean nak na sum ID card tam inbox te",
            "krasuong kar pea kmeng: bae dg pi kar rok lok kmeng rue grooming tam online, sum report lekh 1280 rue police sangkat, ot bach prab chhmous",
            "prokas pi kromhun phone: kromhun ot jaek data free tam link knong group te. promotion pit mean tae knong app phlouv kar",
            "police khaet Sihanouk: hotel nung kasino na del chuol kmeng ayu ot tan 18 nung trov bet, sum brachea pulroat chuoy report",
            "munty obrum prab: kar brolong bac ot mean 'bong luy oy kru ban certificate' te, mnus na sum luy bep nuh sum report",
        ],
        [
            "ស្នងការដ្ឋាន police ព្រមាន៖ កុំជឿ page ផ្សាយ 'ការងារ online ប្រាក់ខែ 1500$' នៅប្រទេសជិតខាង។ ពលករជាច្រើនត្រូវបានបោកទៅ scam compound",
            "ស្ថានទូតកម្ពុជា ប្រកាស៖ ពលករនៅ Thailand ត្រូវមានលិខិតឆ្លងដែន និង work permit ត្រឹមត្រូវ។ កុំបង់លុយឲ្យ broker ដែលសន្យាថា 'មិនចាំបាច់ passport'",
            "ធនាគារជូនដំណឹង៖ យើងមិនដែល giveaway តាម link នៅក្នុង Telegram group ទេ។ promotion ពិតមានតែនៅក្នុង app ផ្លូវការ",
            "ក្រសួងសុខាភិបាល ព្រមាន៖ កុំជឿ post ព្យាបាល diabetes '100% មិនបាច់ទៅពេទ្យ' ។ សូមពិគ្រោះជាមួយគ្រូពេទ្យជាមុនសិន",
        ],
        neg_kind="official_warning",
    )
)

# ---------------------------------------------------------------------------------------------
# Hard negatives: harsh political criticism (no threats, no attacks on groups)
# ---------------------------------------------------------------------------------------------

THEMES.append(
    _posts(
        "w4l-neg-politics",
        [
            "luy kammakor 200$ ponhnhae phteah chuol 80$ hz, tvaer oy ey chenh? rothaphibal niyeay tae lor, ot mel chivit kammakor pit te",
            "lok sangkat nov phum nh chos mel tae pel chhnaot, phlov phum pnhaer 5 chnam hz nov tae bak dach, mk tae som sor",
            "krasuong nis sot tae kar sontanh, lok chhuon kanlaeng 3 dong hz ot ey kr kae, bong pondh oy ey",
            "mnus nov Korea nov Thai bonhchun luy mk srok reang reang khae, tae ajnhathor tvaer ey oy yeung? passport tlai tiet",
            "komisa rey chhnaot chea pheak muy kruos, kom kuy tha eakreach, chnam nis mel tver oy sla-at mer",
            "thnam pet nov monti pet rot tae ot mean, pet bonh tv tinh nov phsar, tae chhnam chhnam rayakar niyeay tha sokhapibal krob",
            "chbab chorajor chas hz tae police chab tae tuk tuk kro, lan lok thom thom chhot plerng krahom ot mean nak na chab",
            "kar tub sangkat phsar ot mean tae luy pheasa krob thngai, trans parent ot mean, neak lok tinh chhap chhap ot dg luy tv na",
            "deputy tmey nih ot dg ey sompeat, tv tae selfie nung kram ngeay, ot dg sot tha kammakor roung chakr chea 1 thngai 10 maong",
            "b2 reang reang bok tha srok ruk chamroeun, tae kammakor nov tae tv Thai tv Korea, pi srok ot mean kar ngea luy laor",
            "chhnaot ot mean ey pdo, khaet nh dauch tae pi 10 chnam mun, tae ke nov tae post rub spean tmey pi phnom penh",
            "ot yol srob te ke tam sechkdey tmey nis, pheasa tuk tuk oy dak dol 20%, mnus kro kro trov rong teang os",
        ],
        [
            "ប្រាក់ខែ 204$ តែថ្លៃផ្ទះជួល ថ្លៃអង្ករ ថ្លៃភ្លើងឡើងរាល់ខែ។ រដ្ឋាភិបាលនិយាយតែ GDP កើន តែកម្មករមិនដែលឃើញ 🙄",
            "មន្ត្រីខ្លះ post រូប selfie ជាមួយពលករនៅ Korea ប៉ុន្តែពេលពលករមានបញ្ហា call ទៅ embassy គ្មានអ្នកលើក phone ទេ",
            "ផ្លូវភូមិខ្ញុំ ប្រាំឆ្នាំហើយនៅតែខូច អាជ្ញាធរមកតែពេល campaign បោះឆ្នោត 🤷 ដល់ពេលបោះឆ្នោតរួច បាត់មុខ",
            "ច្បាប់ចរាចរណ៍សម្រាប់តែអ្នកក្រ? tuk tuk ត្រូវពិន័យរាល់ថ្ងៃ តែឡានធំៗបើកបំពាន ឆ្លងភ្លើងក្រហម គ្មានអ្នកណាហ៊ានចាប់",
        ],
        neg_kind="political_criticism",
    )
)

# ---------------------------------------------------------------------------------------------
# Hard negatives: banter between friends and gamers
# ---------------------------------------------------------------------------------------------

THEMES.append(
    _posts(
        "w4l-neg-banter",
        [
            "a Mony eng leng Layla dauch kmeng 5 chnam haha, 0-8 nov tae push, yub nis eng tinh teuk kork oy nh vinh 😂",
            "smlab ban 12 nak knong 1 game, savage ah!! MVP pi nh, a chkae teang os mk lang chaan oy nh mer 🤣",
            "haha a Tola mk dorm yub menh sreung ot skal phteah, dach khat mit nh, ma eng dg kmas ey",
            "b2 group tuk tuk yeung yub nis jup nham prohet nov kbae vott, a na mk yoot chuoy bong bei 🍻",
            "mi Chenda rean tae ot ches slol eng na, 1 group hz chol tae sleep 😴 a kon chrouk kmas mit",
            "report a Dara tv mer, vea tok nh knong lane 3 dong hz haha, lengg tiet eng ngoub kbal",
            "kmeng line 4 dach khat, mk tvaer kar yut reang reang thngai, tae luy bonthem thngai ot plech 😂 ot ey te bong",
            "live nis bong srey lok nom akor, niyeay leun dauch kang bek haha, ot ey te nham chhnganh, tinh 2 bong",
            "a nh eng leng tank tae rot chea mun teang os, leng tank ey tv dauch assassin 🤣 chkuot mit",
            "eng ot dg te nh bat mouy game tiet nh nung smlab eng knong classic hz, eng cham mel 😎 1v1 mer",
            "a Sokha snge mik Korea pel nis tae bay 3 pel ot mean pheasa, mk srok vinh khlanh pros 10 kilo haha",
            "dorm 5 yub nis ot mean nak na ban tev lok teuk, a kbot teang os, saek nh oy bong pheasa dek ban 🤣",
            "mit nh nov Thai phnheu rub mk, khmao dauch ngor, tae nov tae sabai sabai 😂 sorlanh mit",
            "haha mi nis ches tae niyeay, tver bay ot chhnganh dauch chhnang bak, tae nh nham os 2 chan",
            "ah Vuthy eng dak chhmous top global tae nov rank epic 🤡 kom oy ke seuch mit",
            "yub menh leng 10 game chanh 9, nh chong lub app chol hz 😩 mit team teang os feeder",
            "b2 mk mel a nis kart sork khluon eng, dauch kon moan tuk, haha ot ey te sok chet 😆",
            "nhom nung mi Leakena jeak knea tae 5 nateu, mit rouch ot hz 😂 yub nis tinh bay oy vea ban",
        ],
        [
            "អាឯង noob ណាស់ 😂 លេង MLBB 0/8 ហើយនៅតែ push ម្នាក់ឯង យប់នេះទិញ bubble tea ឲ្យខ្ញុំសងវិញ",
            "Team ខ្ញុំ feeder ទាំងអស់ 🤣 ស្លាប់ 15 ដង ក្នុង 1 game ខ្ញុំចង់ uninstall ហើយ",
            "មិត្តខ្ញុំនៅ Korea ផ្ញើរូបមក ធាត់ដូចជ្រូក haha ធ្វើការ 2 ឆ្នាំ ស៊ីតែ ramyeon 😂 miss you bro",
            "Dorm យើងយប់នេះ karaoke ទៀតហើយ 🎤 អាតូច មកច្រៀងឲ្យខូចត្រចៀកអ្នកជិតខាងទៀតហើយ",
        ],
        neg_kind="banter",
    )
)

# ---------------------------------------------------------------------------------------------
# Hard negatives: angry complaints
# ---------------------------------------------------------------------------------------------

THEMES.append(
    _posts(
        "w4l-neg-complaint",
        [
            "tinh av online pi page nis 2 atit hz ot tan mk dol, inbox ot chleuy, call ot leuk. page ey k bet ot ches tvaer business",
            "app tuk tuk nis kat commission 15% hz tiet, chheu chab nas b2, rot 1 thngai ban tae 8$ ot krob sang luy motor",
            "roung chakr nh ot mean kang hal kdov, kammakor 3 nak sonlob hz atit nis, boss tver mouy ot deng, khmas tae niyeay",
            "mchas phteah chuol tleung pleung 1500 rial 1 kilo, tae phteah nov tae lech teuk pel plieng. ot yutethor te b",
            "internet dorm nis yeut dach khat, 1 maong download ot ban 1 lesson, bong luy reang reang khae sot tae ot mean kar chuoy",
            "nov Korea boss nh oy tvaer OT ot bong, niyeay tae ot ban, nh chong bdo kanlaeng tae trov cham 1 chnam, chheu chet nas",
            "delivery bek khnhae 3 dong hz, rub phnheu mk, shop tha ot mean khos, ot dach chet ot tinh tiet",
            "phsar O Russei lerng thlai sompeat kanlaeng lok 30% chnam nis, lok tae tamroy ot ban lers, kruo neak phsar teang os ot sok chet",
            "bank nh kat luy 2$ ot dg pi na, call tv 30 nateu ot mean mnus lerk, brab hz ot chea, kohok knea teang os",
            "tinh ticket bus tv Poipet, ke lok 2 dong ot mean kanlaeng, rong chham 5 maong, bong luy ot yok vinh te, company nis kakvak",
            "mnus chas chas nov phum nh tov yok luy pension trov cham 1 thngai pnhaer tv mk 3 dong, system ot dael dor ban laor",
            "shop bot ke chhot, tha 'original 100%' mk dol kohok tae, luy bat 35$, ot mean return ey te, kom tinh pi page nuh",
            "live nis ot ches lok, bonh mk bon pros pros, tae ot prab thlai, suor tae 'inbox' 'inbox', khat pel mnus mel",
            "nh tv Thai tvaer kar 6 khae hz, boss srek dak reang reang thngai, luy ban pi khae tam kraoy, ot yutethor nas",
        ],
        [
            "Delivery app នេះ យឺតណាស់ 😤 order បាយ 12 ថ្ងៃត្រង់ មកដល់ម៉ោង 2 ត្រជាក់អស់ហើយ ហើយ cancel ក៏មិនបាន",
            "Factory ខ្ញុំកាត់លុយ OT ទៀតហើយខែនេះ។ ធ្វើការ 10 ម៉ោងមួយថ្ងៃ តែ payslip មិនត្រូវ ប្ដឹងទៅ HR ក៏គ្មានចម្លើយ",
            "Wifi ក្នុង dorm ដាច់រាល់យប់ 😩 បង់លុយរាល់ខែ តែប្រឡងជិតមកដល់ហើយ រៀន online មិនបានសោះ",
            "ទិញអាវពី page នេះ បានទំហំខុស ហើយ admin block ខ្ញុំទៀត។ កុំទិញពី page នេះអី ខាតលុយទទេ",
        ],
        neg_kind="complaint",
    )
)

# ---------------------------------------------------------------------------------------------
# Hard negatives: ordinary health advice (sounds like the cure hoaxes, but sound)
# ---------------------------------------------------------------------------------------------

THEMES.append(
    _posts(
        "w4l-neg-health",
        [
            "kmeng kdov klang lers 2 thngai kom tuk nov phteah te, yok tv pet oy chek chheam dengue, phek teuk oy chraen, kom oy thnam aspirin",
            "b2 tvaer kar roung chakr kdov nas, phek teuk reang reang maong, bae vil muk nung ot sreul chet prab supervisor rouch chenh tv kanlaeng tror chak",
            "reak roos phek teuk ORS tinh nov pharmacy, bae chhoeu klang rue mean chheam kom cham yur, tv pet",
            "ma nh mean diabetes, pet bok oy phek thnam tam pel, dar leng 30 nateu 1 thngai, teuk sko chheak bon tae. ot mean thnam chea mouy yub te",
            "nov Korea rodov roa trov pak av krass, mnus tmey ot torsa nung tror chak, bae kaak lers 2 atit tv check pet",
            "kon nh chak vaccine nov monti pet rouch, kdov bon tach 1 thngai tae chea thomada. pet bok tha ot ey te, bae kdov lers 2 thngai tv vinh",
            "b2 del chit mean ponhha chet, ot dek luok, ot chong nham bay, niyeay jea muy mit rue pet, ot men kmas te. chuoy khluon eng mun",
            "lang dai oy chraen mun nham bay, kom nham sach chhao, rodov vossa nis reak roos chraen nas knong phum",
            "kru pet nov monti pet khaet bok tha sluk lhong ot chea dengue te, phek teuk nung somrak ban tae chuoy bontech, bae chheu klang trov tv pet",
        ],
        [
            "គ្រុនឈាមរដូវនេះកើនឡើង 🦟 សូមកុំទុកទឹកដក់ក្បែរផ្ទះ ហើយបើកូនក្ដៅខ្លួនលើស 2 ថ្ងៃ សូមនាំទៅ check នៅមន្ទីរពេទ្យភ្លាម",
            "ធ្វើការ factory ក្ដៅខ្លាំង សូមផឹកទឹកឲ្យបានច្រើន។ បើវិលមុខ ឬចង់ក្អួត សូមប្រាប់ supervisor ហើយសម្រាកកន្លែងត្រជាក់",
            "ម៉ាក់ខ្ញុំមាន diabetes គ្រូពេទ្យណែនាំឲ្យលេបថ្នាំតាមពេល ដើរហាត់ប្រាណ 30 នាទីរាល់ថ្ងៃ និងកាត់បន្ថយស្ករ។ គ្មានថ្នាំអស្ចារ្យទេ",
        ],
        neg_kind="health_advice",
    )
)

# ---------------------------------------------------------------------------------------------
# Hard negatives: ordinary chats that share the positives' vocabulary (photos, meeting, credit, age)
# ---------------------------------------------------------------------------------------------

THEMES.append(
    _posts(
        "w4l-neg-benign",
        [
            "b phnheu rub av mk o mer 3 por, o jg yok size M por kmao 2, deliver tv Takeo ban ot b? o bong tam ABA",
            "rub nom banh chok thngai nis, 5000 riel 1 chan, b2 knong group jg kr inbox nh, nh dak tv dol roung chakr maong 11",
            "b2 nov Korea, EPS visa E-9 nis tvaer ban 4 chnam 10 khae, bae boss ot brab mean visa bonthem ot, trov chuh tam embassy nung krasuong sen",
            "nh nov Thai 3 chnam hz, MOU tvaer tam krasuong karngea bong tae thlai tam chbab, bae mejal sum 2000$ kom tvaer tam",
            "saek 6 lngeach jup knea nov Aeon 2 mer, nh mk mneak eng pi mit nh ot ban mk, cham nov cafe chan leu",
            "ma b2 del kon rean thnak 3 sala nh, kru bok tha saek oy kon yok rub 4x6 2 sonlek samrab kat siss tmey",
            "nh phnheu luy kat 5$ oy ma nov srok rouch, ma bok tha phone ot mean luy call kon nov Korea",
            "top up diamond MLBB 100 = 2$, 500 = 9$, phnheu ID game mk inbox, shop bet 8 prek dol 10 yub",
            "o2 del rean nov dorm srey, saek mean mnus mk tvaer sa-at bontob, sum dak av khao tuk oy chhnas",
            "kon nh ayu 7 chnam, rean sala na laor nov Toul Kork b2? jg dak kon rean thnak 2 chnam kraoy",
            "live nis lok sbek jeung, tinh hz phnheu rub ticket nung lekh phone mk admin, dak tv dol phteah 1 thngai",
            "b2 tuk tuk yeung jup knea saek 7 prek nov sala sangkat, ke hao chuh chhmous motor tmey samrab app, yok ID card tv phong",
            "rub kon nh tv sala thngai dombong 😍 rean thnak mattayum hz, kom plich ma na kon",
            "mit b2 nov Korea, pel chab kar ngea tmey kom bhlech dak lekh bank Korea oy boss, luy khae chol tam bank te ot mean bong cash",
            "kon nh leng TikTok, nh bet private account rouch, bet comment pi mnus chomlaek, phone kon nh mel reang reang yub",
        ],
        [
            "ផ្ញើរូបអាវ 3 ពណ៌មកខ្ញុំផង បង ខ្ញុំចង់បាន size L ពណ៌ស 2 ប្រាក់ COD ទៅ Kampot បានទេ?",
            "ពលករទៅ Korea តាម EPS ត្រូវប្រឡង EPS-TOPIK សិន បន្ទាប់មកធ្វើការបាន 4 ឆ្នាំ 10 ខែ ហើយ boss អាចស្នើបន្ត visa បាន",
            "ស្អែកជួបគ្នា 5 ល្ងាចនៅ Aeon 1 ណា ខ្ញុំមកម្នាក់ឯង អាចយួរ laptop មកជួយធ្វើ slide ផង 🙏",
            "កូនខ្ញុំរៀនថ្នាក់ទី 4 សាលាក្បែរផ្ទះ គ្រូប្រាប់ឲ្យផ្ញើរូបកូនពាក់ឯកសណ្ឋាន 1 សន្លឹក ដើម្បីធ្វើកាតសិស្ស",
            "Top up កាតទូរស័ព្ទឲ្យម៉ាក់នៅស្រុក 5$ រួចហើយ 📱 ម៉ាក់ call មកសួរថា Korea ត្រជាក់ទេ",
        ],
        neg_kind="benign",
        hard=True,
    )
)
