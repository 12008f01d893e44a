# labreport's report, in Lithuanian (lt): translated from en.ftl, the English source catalog,
# with the same messages, ids, order and variables.
#
# Plural forms: a count chooses its words with { PLURAL($n) -> ... }, which answers with CLDR's
# cardinal categories for Lithuanian (through ICU4X):
#   one   n % 10 = 1 and n % 100 not 11..19   1, 21, 31, 101 ...   tema, registracija (nom. sg.)
#   few   n % 10 = 2..9 and n % 100 not 11..19   2-9, 22-29, 102 ...   temos (nom. pl.)
#   many  fractions only (counts are whole numbers): given the text of other
#   other 0, 10-20, 30, 40, 111 ...   temų, registracijų (gen. pl.; a participle then neuter:
#         "10 registracijų pašalinta")
# *[other] is always the default variant. Never select on $n itself.
#
# Terms: "Local Learning Lab" is translated as "vietos mokymosi laboratorija" (lab:
# "laboratorija"); stakeholder type: "suinteresuotųjų šalių tipas"; walk-in: "be registracijos
# atvykęs dalyvis"; feedback: "grįžtamasis ryšys"; world café: "pasaulio kavinė"; withheld:
# "neskelbiamas". A partner's name ($partner) or a project's name ($project) cannot be
# declined, so it stands in the nominative, in parentheses, after a colon or in quotes.

## The page frame (base.html)

report-title = Vietos mokymosi laboratorijos: dalyvavimas ir grįžtamasis ryšys
skip-link = Pereiti prie ataskaitos
logo-alt = Projekto „{ $project }“ logotipas
logo-alt-no-project = Projekto logotipas
generated = Parengta { $date } pagal laboratorijų registracijos, lankomumo ir grįžtamojo ryšio failus.
contact = Kontaktai: { $contact }
no-personal-data = Parengta naudojant labreport. Šioje ataskaitoje nepateikiama asmenų vardų, pavardžių, el. pašto adresų ar telefono numerių.
withheld-note = { $marker }: neskelbiamas skaičius, siekiant apsaugoti asmenis, kuriuos jis apima. Neskelbiami asmenų skaičiai nuo 1 iki { $max }, taip pat kiti skaičiai, iš kurių būtų galima apskaičiuoti kurį nors iš jų (bendra suma, kita kategorija, kita laboratorija). Iš neskelbiamo skaičiaus apskaičiuoti rodikliai, dalys ir vidutiniai vertinimai taip pat neskelbiami.

## The interim report (index.html)

nav-contents = Turinys
section-summary = Santrauka
section-indicators = Rodikliai
section-participation = Dalyvavimas
section-partners = Pagal partnerius ir laikotarpius
section-feedback = Grįžtamasis ryšys
section-outcomes = Rezultatai
section-labs = Laboratorijos
section-data-quality = Duomenų kokybė
indicators-intro-html = Pagal programos stebėsenos reikalavimus. <strong>Dalyvavimo atvejai</strong>: apsilankymai laboratorijose; kiekvienas asmuo skaičiuojamas vieną kartą už kiekvieną laboratoriją, kurioje dalyvavo (įskaitant be registracijos atvykusius dalyvius). <strong>Asmenys</strong>: skirtingi asmenys, dalyvavę bent vienoje laboratorijoje; pagal suinteresuotųjų šalių tipą asmuo skaičiuojamas prie kiekvieno tipo, kurio atstovu jis dalyvavo. <strong>Organizacijos</strong>: skirtingos dalyvių organizacijos, kad ir kaip būtų užrašyti jų pavadinimai; kiekviena organizacija priskiriama tam suinteresuotųjų šalių tipui, kurį jos atstovai tuo laikotarpiu nurodė dažniausiai.
column-stakeholder-type = Suinteresuotųjų šalių tipas
column-participations = Dalyvavimo atvejai
column-people = Asmenys
column-organisations = Organizacijos
total = Iš viso
organisations-heading = Dalyvavusios organizacijos
organisations-none = Nėra: nė vienas dalyvis nenurodė organizacijos.
participation-intro = Registracijos skaičiuojamos po vieną kiekvienam asmeniui ir laboratorijai (pasikartojančios registracijos pašalintos pagal el. pašto adresą). Kiekvienas asmuo skaičiuojamas po vieną kartą kiekviename sektoriuje, kurį nurodė.
feedback-caption-all = Grįžtamasis ryšys pagal klausimus, visos laboratorijos
outcomes-heading-index = Rezultatai: pasaulio kavinių idėjos
own-topics = { PLURAL($n) ->
    [one] { $n } tema, įrašyta rezultatų lapuose, neatitinka nė vienos programos temos ir pateikiama savo pavadinimu.
    [few] { $n } temos, įrašytos rezultatų lapuose, neatitinka nė vienos programos temos ir pateikiamos savo pavadinimais.
    [many] { $n } temų, įrašytų rezultatų lapuose, neatitinka nė vienos programos temos ir pateikiama savo pavadinimais.
   *[other] { $n } temų, įrašytų rezultatų lapuose, neatitinka nė vienos programos temos ir pateikiama savo pavadinimais.
}
recurring-heading = Kelių partnerių bendros temos
recurring-none = Kol kas nė vienoje temoje nėra idėjų iš daugiau nei vieno partnerio.
top-ideas-heading = Daugiausia balsų surinkusios idėjos
top-ideas-caption = Daugiausia balsų visose laboratorijose surinkusios idėjos (ne daugiau kaip dešimt), mažėjančia balsų tvarka
column-rank = Vieta
column-idea = Idėja
column-votes = Balsai
column-lab = Laboratorija
top-ideas-none = Nė dėl vienos idėjos nebuvo balsuota.
follow-up-heading = Tolesni veiksmai
follow-up-caption = Idėjos, kurioms numatyti tolesni veiksmai (atsakingas asmuo arba kitas žingsnis), pagal partnerius
column-partner = Partneris
column-ideas = Idėjos
column-with-follow-up = Su tolesniais veiksmais
column-none-yet = Kol kas nenumatyta
labs-intro = Kiekviena laboratorija turi atskirą puslapį su jos duomenimis ir palyginimu su ankstesnėmis to paties partnerio laboratorijomis.
labs-caption = Laboratorijos chronologine tvarka
quality-intro = Visi nuskaityti failai, kokia paskirtimi kiekvienas jų nuskaitytas, ir tai, ko nepavyko susieti.
quality-duplicates = { PLURAL($n) ->
    [one] { $n } pasikartojanti registracija pašalinta;
    [few] { $n } pasikartojančios registracijos pašalintos;
    [many] { $n } pasikartojančių registracijų pašalinta;
   *[other] { $n } pasikartojančių registracijų pašalinta;
}
quality-walk-ins = { PLURAL($n) ->
    [one] { $n } dalyvis atvyko be registracijos (pasirašė dalyvių sąraše neužsiregistravęs, įskaitytas kaip nežinomo tipo dalyvis).
    [few] { $n } dalyviai atvyko be registracijos (pasirašė dalyvių sąraše neužsiregistravę, įskaityti kaip nežinomo tipo dalyviai).
    [many] { $n } dalyvių atvyko be registracijos (pasirašė dalyvių sąraše neužsiregistravę, įskaityti kaip nežinomo tipo dalyviai).
   *[other] { $n } dalyvių atvyko be registracijos (pasirašė dalyvių sąraše neužsiregistravę, įskaityti kaip nežinomo tipo dalyviai).
}
quality-withheld-counts-html = Kiekvieno lapo eilučių skaičius ir tai, kiek kartų pasitaiko kiekviena nesusieta reikšmė, neskelbiami ({ $marker }): tai asmenų skaičiai. Komanda <code>labreport check</code> juos parodo projekto vadovui.
publishing-heading = Kurie failai skirti skelbti
publishing-withheld-html = Šios ataskaitos puslapiuose (ir jų PDF failuose), diagramose, lentelėse aplanke <code>data/</code> (CSV failuose, <code>figures.csv</code> ir <code>labreport.xlsx</code>) maži asmenų skaičiai neskelbiami, kaip paaiškinta kiekvieno puslapio, kuriame tokių yra, viršuje: šie failai skirti skelbti.
publishing-shown-html = Šios ataskaitos puslapiuose (ir jų PDF failuose), diagramose ir lentelėse aplanke <code>data/</code> nėra asmenų vardų, pavardžių, el. pašto adresų ar telefono numerių, tačiau juose pateikiami visi skaičiai, kad ir kokie maži jie būtų: prieš skelbdami juos ten, kur pagal mažą skaičių būtų galima atpažinti asmenį, konfigūracijoje nustatykite <code>[privacy] min_cell</code>.
publishing-summary-json-html = Faile <code>summary.json</code> pateikiami visi duomenys išsamiai, įskaitant mažus skaičius: tai projekto vadovo failas, neskirtas skelbti.
sheets-heading = Nuskaityti failai ir lapai
sheets-caption = Nuskaityti failai ir lapai su jų paskirtimi
column-file = Failas
column-sheet = Lapas
column-read-as = Nuskaityta kaip
column-rows = Eilutės
column-header-row = Antraštės eilutė
column-notes = Pastabos
unmapped-heading = Nesusietos reikšmės
unmapped-caption = Kaip nežinomos įskaitytos reikšmės ir kiek kartų jos pasitaiko
column-label = Reikšmė
column-column = Stulpelis
column-count = Skaičius
column-first-seen = Pirmą kartą rasta
unmapped-none = Nėra: visos reikšmės atitiko klasifikatorių.
rejected-heading = Neįtraukti failai ir lapai
rejected-caption = Failai ir lapai, kurių nepavyko nuskaityti, ir priežastys
column-file-or-sheet = Failas arba lapas
column-reason = Priežastis
none = Nėra.

## A lab's page (lab.html)

breadcrumb = Naršymo kelias
section-about = Apie šią laboratoriją
fact-partner = Partneris
fact-date = Data
fact-date-none = nenurodyta
fact-venue = Vieta
fact-theme = Tema
feedback-caption-lab = Grįžtamasis ryšys pagal klausimus
outcomes-heading-lab = Rezultatai: pasaulio kavinės idėjos
ideas-intro = Idėjos sugrupuotos pagal temas ir surikiuotos pagal dalyvių balsus; po jų ta tvarka, kuria buvo užrašytos, pateikiamos idėjos be balsų.
topic-own = (atskira tema)
idea-at-table = Prie stalo: { $types }
idea-priority = Prioritetas: { $priority }
idea-follow-up = Tolesni veiksmai: { $follow_up }
idea-no-follow-up = Tolesni veiksmai dar nenumatyti
history-heading = { $partner }: palyginimas su ankstesnėmis laboratorijomis
history-first = Tai pirmoji šio partnerio ({ $partner }) laboratorija ataskaitoje.
history-caption = { $partner }: laboratorijos iki šios imtinai, chronologine tvarka (ne daugiau kaip penkios ankstesnės)

## Shared pieces (macros.html)

chart-table-caption = { $title }: diagramos skaičiai
column-question = Klausimas
column-mean = Vidurkis
column-scale = Skalė
column-answers = Atsakymai
column-spread = Atsakymų pasiskirstymas (atsakymas: kiek kartų)
column-registrations = Registracijos
column-attendees = Dalyviai
column-attendance-rate = Lankomumas
column-feedback-responses = Grįžtamojo ryšio atsakymai
column-overall = Bendras pasitenkinimas
mark-new = Nauja
mark-changed = Pakeista
spread-heading = Atsakymų pasiskirstymas
spread-heading-others = Atsakymų į kitus klausimus pasiskirstymas
feedback-none = Grįžtamojo ryšio atsakymų dar nėra.

## Headline figures

headline-labs = Laboratorijos
headline-labs-note = { PLURAL($n) ->
    [one] surengė { $n } partneris
    [few] surengė { $n } partneriai
   *[other] surengė { $n } partnerių
}
headline-people = Skirtingi asmenys
headline-people-note = iš jų dalyvavo { $n }
headline-people-note-withheld = iš jų dalyvavo { $marker }
headline-rate-note = dalyvių ir registracijų santykis
headline-no-attendance = lankomumo duomenų nėra
undated = be datos
unknown = Nežinoma
unchanged = nepakito

## What changed since the previous report ($labs: the labs named, "; " between them)

changes-new = Nauja šioje ataskaitoje: { $labs }.
changes-changed = Pakeista: { $labs }.
changes-gone = Nebėra šioje ataskaitoje: { $labs }.
changes-config = Nuo ankstesnės ataskaitos pakeista konfigūracija (labreport.toml).
# What changed in a lab, in brackets after its name: $how is added, edited or removed; $roles
# what the file was read as ("registrations and feedback", the role-* words below).
changes-file = { $how ->
    [added] pridėtas failas, nuskaitytas kaip { $roles }
    [edited] pakeistas failas, nuskaitytas kaip { $roles }
   *[removed] pašalintas failas, nuskaitytas kaip { $roles }
}
changes-lab-toml = { $how ->
    [added] pridėtas lab.toml
    [edited] pakeistas lab.toml
   *[removed] pašalintas lab.toml
}
changes-file-not-read = { $how ->
    [added] pridėtas nenuskaitytas failas
    [edited] pakeistas nenuskaitytas failas
   *[removed] pašalintas nenuskaitytas failas
}

## Charts: titles, series and table columns
# $what is the rows' kind: stakeholder-type, sector, partner, lab or period.

chart-participation-by-stakeholder-type = Dalyvavimas pagal suinteresuotųjų šalių tipus
chart-participation-by-sector = Dalyvavimas pagal sektorius
chart-participation-by-partner = Dalyvavimas pagal partnerius
chart-over-time-labs = Dalyvavimo kaita pagal laboratorijas
chart-over-time-periods = Dalyvavimo kaita pagal laikotarpius
chart-feedback-by-question = Grįžtamasis ryšys: vidutinis vertinimas pagal klausimus
chart-feedback-spread = Grįžtamasis ryšys: atsakymų pasiskirstymas
chart-feedback-spread-scale = Grįžtamasis ryšys: atsakymų pasiskirstymas { $scale } balų skalėje
chart-ideas-by-topic = Idėjos pagal temas ir partnerius
series-mean-rating = Vidutinis vertinimas
chart-answer-lowest = { $answer } – žemiausias
chart-answer-highest = { $answer } – aukščiausias
column-registered = Užsiregistravo
column-attended = Dalyvavo
column-sector = Sektorius
column-period = Laikotarpis
column-topic = Tema
column-all-labs = Visos laboratorijos

## Findings: what each chart shows, in words

finding-no-registrations = { $what ->
    [stakeholder-type] Registracijų duomenų pagal suinteresuotųjų šalių tipus nėra.
    [sector] Registracijų duomenų pagal sektorius nėra.
    [partner] Registracijų duomenų pagal partnerius nėra.
    [lab] Registracijų duomenų pagal laboratorijas nėra.
   *[period] Registracijų duomenų pagal laikotarpius nėra.
}
finding-registrations-withheld = { $what ->
    [stakeholder-type] Registracijų pagal suinteresuotųjų šalių tipus skaičiai neskelbiami ({ $marker }), siekiant apsaugoti asmenis, kuriuos jie apima.
    [sector] Registracijų pagal sektorius skaičiai neskelbiami ({ $marker }), siekiant apsaugoti asmenis, kuriuos jie apima.
    [partner] Registracijų pagal partnerius skaičiai neskelbiami ({ $marker }), siekiant apsaugoti asmenis, kuriuos jie apima.
    [lab] Registracijų pagal laboratorijas skaičiai neskelbiami ({ $marker }), siekiant apsaugoti asmenis, kuriuos jie apima.
   *[period] Registracijų pagal laikotarpius skaičiai neskelbiami ({ $marker }), siekiant apsaugoti asmenis, kuriuos jie apima.
}
finding-largest = { $what ->
    [stakeholder-type] Didžiausia grupė pagal suinteresuotųjų šalių tipą – { $label }: { $n } iš { $total } { PLURAL($total) ->
        [one] registracijos
       *[other] registracijų
    } ({ $share }).
    [sector] Didžiausia grupė pagal sektorių – { $label }: { $n } iš { $total } { PLURAL($total) ->
        [one] registracijos
       *[other] registracijų
    } ({ $share }).
   *[partner] Daugiausia registracijų sulaukė partneris { $label }: { $n } iš { $total } ({ $share }).
}
finding-largest-no-total = { $what ->
    [stakeholder-type] Didžiausia grupė pagal suinteresuotųjų šalių tipą – { $label }: { PLURAL($n) ->
        [one] { $n } registracija.
        [few] { $n } registracijos.
       *[other] { $n } registracijų.
    }
    [sector] Didžiausia grupė pagal sektorių – { $label }: { PLURAL($n) ->
        [one] { $n } registracija.
        [few] { $n } registracijos.
       *[other] { $n } registracijų.
    }
   *[partner] Daugiausia registracijų sulaukė partneris { $label }: { $n }.
}
finding-largest-tied = { $what ->
    [stakeholder-type] Didžiausios grupės pagal suinteresuotųjų šalių tipą – { $labels }, kiekviena po { $n } iš { $total } { PLURAL($total) ->
        [one] registracijos
       *[other] registracijų
    } ({ $share }).
    [sector] Didžiausios grupės pagal sektorių – { $labels }, kiekviena po { $n } iš { $total } { PLURAL($total) ->
        [one] registracijos
       *[other] registracijų
    } ({ $share }).
   *[partner] Daugiausia registracijų sulaukė partneriai { $labels }, kiekvienas po { $n } iš { $total } ({ $share }).
}
finding-largest-tied-no-total = { $what ->
    [stakeholder-type] Didžiausios grupės pagal suinteresuotųjų šalių tipą – { $labels }, kiekviena po { $n } { PLURAL($n) ->
        [one] registraciją.
        [few] registracijas.
       *[other] registracijų.
    }
    [sector] Didžiausios grupės pagal sektorių – { $labels }, kiekviena po { $n } { PLURAL($n) ->
        [one] registraciją.
        [few] registracijas.
       *[other] registracijų.
    }
   *[partner] Daugiausia registracijų sulaukė partneriai { $labels }, kiekvienas po { $n }.
}
finding-next = Toliau – { $label }: { $n }.
finding-attended = Iš grupės „{ $label }“ dalyvavo { $n } ({ $share }).
finding-some-withheld = Kai kurie skaičiai neskelbiami ({ $marker }), siekiant apsaugoti asmenis, kuriuos jie apima.
finding-some-withheld-largest = Kai kurie skaičiai neskelbiami ({ $marker }), siekiant apsaugoti asmenis, kuriuos jie apima: parodyta didžiausia grupė nebūtinai yra didžiausia.
finding-range = { $what ->
    [lab] Remiantis { $count } { PLURAL($count) ->
        [one] laboratorijos
       *[other] laboratorijų
    } duomenimis, registracijų skaičius vienoje laboratorijoje svyravo nuo { $min } ({ $min_label }) iki { $max } ({ $max_label }).
   *[period] Remiantis { $count } { PLURAL($count) ->
        [one] laikotarpio
       *[other] laikotarpių
    } duomenimis, registracijų skaičius per laikotarpį svyravo nuo { $min } ({ $min_label }) iki { $max } ({ $max_label }).
}
finding-so-far = { $what ->
    [lab] { PLURAL($count) ->
        [one] Kol kas – { $count } laboratorija.
        [few] Kol kas – { $count } laboratorijos.
       *[other] Kol kas – { $count } laboratorijų.
    }
   *[period] { PLURAL($count) ->
        [one] Kol kas – { $count } laikotarpis.
        [few] Kol kas – { $count } laikotarpiai.
       *[other] Kol kas – { $count } laikotarpių.
    }
}
finding-mean = Klausimo „{ $question }“ vidutinis vertinimas – { $mean } iš { $top }.
finding-means = Aukščiausias vidutinis dalyvių vertinimas – klausimo „{ $best }“ ({ $best_mean } iš { $best_top }), žemiausias – klausimo „{ $worst }“ ({ $worst_mean } iš { $worst_top }).
finding-means-withheld = Visi vidutiniai vertinimai neskelbiami ({ $marker }): per mažai atsakymų arba kurį nors atsakymą pateikė per mažai asmenų.
# $high and $low: the answers above and below the middle of the scale ("4 or 5", "1 or 2").
finding-spread-one = { $high_share } atsakymų į klausimą „{ $question }“ buvo { $high }, { $low_share } – { $low }.
finding-spread = Daugiausia atsakymų { $high } gauta į klausimą „{ $best }“ ({ $best_share }), mažiausiai – į klausimą „{ $worst }“ ({ $worst_share }).
finding-spread-withheld = Atsakymų pasiskirstymas neskelbiamas ({ $marker }): kai kuriuos atsakymus pateikė per mažai asmenų.
# $score is signed: +12, -3.
nps = Klausimo „{ $question }“ grynasis rekomendavimo indeksas (NPS): { $score } (apskaičiuotas iš { $n } { PLURAL($n) ->
    [one] atsakymo
   *[other] atsakymų
}: 9 ir 10 balų atsakymų dalis, atėmus 0–6 balų atsakymų dalį, skalėje nuo −100 iki +100).
nps-withheld = Klausimo „{ $question }“ grynasis rekomendavimo indeksas (NPS) neskelbiamas ({ $marker }): per mažai atsakymų arba kurį nors atsakymą pateikė per mažai asmenų.

## A lab against the partner's previous one ($number: the lab's place in the partner's series)

history-change-more = Tai šio partnerio ({ $partner }) laboratorija Nr. { $number } ataskaitoje. Joje ({ $lab }) { PLURAL($n) ->
    [one] buvo { $n } registracija
    [few] buvo { $n } registracijos
   *[other] buvo { $n } registracijų
}, { $diff } daugiau nei ankstesnėje partnerio laboratorijoje – { $previous } ({ $n_previous }).
history-change-fewer = Tai šio partnerio ({ $partner }) laboratorija Nr. { $number } ataskaitoje. Joje ({ $lab }) { PLURAL($n) ->
    [one] buvo { $n } registracija
    [few] buvo { $n } registracijos
   *[other] buvo { $n } registracijų
}, { $diff } mažiau nei ankstesnėje partnerio laboratorijoje – { $previous } ({ $n_previous }).
history-change-same = Tai šio partnerio ({ $partner }) laboratorija Nr. { $number } ataskaitoje. Joje ({ $lab }) { PLURAL($n) ->
    [one] buvo { $n } registracija
    [few] buvo { $n } registracijos
   *[other] buvo { $n } registracijų
}, tiek pat, kiek ankstesnėje partnerio laboratorijoje – { $previous } ({ $n_previous }).
history-change-withheld = Tai šio partnerio ({ $partner }) laboratorija Nr. { $number } ataskaitoje. Šios ir ankstesnės partnerio laboratorijos registracijų skaičiai čia nelyginami: vienas iš jų neskelbiamas ({ $marker }).

## Indicators

indicators-caption = { PLURAL($n) ->
    [one] { $period }: dalyvavimo atvejai, asmenys ir organizacijos pagal suinteresuotųjų šalių tipus ({ $n } laboratorija)
    [few] { $period }: dalyvavimo atvejai, asmenys ir organizacijos pagal suinteresuotųjų šalių tipus ({ $n } laboratorijos)
   *[other] { $period }: dalyvavimo atvejai, asmenys ir organizacijos pagal suinteresuotųjų šalių tipus ({ $n } laboratorijų)
}
# $participations, $people, $organisations: "40 → 43 (+3)".
indicators-change = Palyginti su ankstesniu laikotarpiu ({ $previous }): dalyvavimo atvejai { $participations }, asmenys { $people }, organizacijos { $organisations }. Šiuo laikotarpiu programoje pirmą kartą dalyvavo { PLURAL($new_people) ->
    [one] { $new_people } asmuo
    [few] { $new_people } asmenys
   *[other] { $new_people } asmenų
} ir { PLURAL($new_organisations) ->
    [one] { $new_organisations } organizacija.
    [few] { $new_organisations } organizacijos.
   *[other] { $new_organisations } organizacijų.
}
indicators-no-period = Laboratorijos, nepriskirtos jokiam ataskaitiniam laikotarpiui
indicators-all-periods = Visi laikotarpiai kartu
indicators-no-period-note = { PLURAL($n) ->
    [one] { $n } laboratorija nepriskirta jokiam ataskaitiniam laikotarpiui (nenurodyta data arba data nepatenka į jokį laikotarpį): ji įtraukiama tik į kaupiamuosius duomenis.
    [few] { $n } laboratorijos nepriskirtos jokiam ataskaitiniam laikotarpiui (nenurodyta data arba data nepatenka į jokį laikotarpį): jos įtraukiamos tik į kaupiamuosius duomenis.
   *[other] { $n } laboratorijų nepriskirta jokiam ataskaitiniam laikotarpiui (nenurodyta data arba data nepatenka į jokį laikotarpį): jos įtraukiamos tik į kaupiamuosius duomenis.
}
indicators-no-attendance-note = { PLURAL($n) ->
    [one] { $n } laboratorija neturi lankomumo duomenų (nėra dalyvių sąrašo, dalyvavimo stulpelio ar susitikimo ataskaitos): jos registracijos neįskaičiuojamos kaip dalyvavimo atvejai.
    [few] { $n } laboratorijos neturi lankomumo duomenų (nėra dalyvių sąrašo, dalyvavimo stulpelio ar susitikimo ataskaitos): jų registracijos neįskaičiuojamos kaip dalyvavimo atvejai.
   *[other] { $n } laboratorijų neturi lankomumo duomenų (nėra dalyvių sąrašo, dalyvavimo stulpelio ar susitikimo ataskaitos): jų registracijos neįskaičiuojamos kaip dalyvavimo atvejai.
}

## The world café's ideas

idea-count = { PLURAL($n) ->
    [one] { $n } idėja
    [few] { $n } idėjos
   *[other] { $n } idėjų
}
# Votes may be fractional (2.5): CLDR's "many" then, with the genitive singular ("2,5 balso").
idea-votes = { PLURAL($n) ->
    [one] { $n } balsas
    [few] { $n } balsai
    [many] { $n } balso
   *[other] { $n } balsų
}
# $tables and $rounds are lists ("1, 2 and 3"); $n and $rounds_n how many are in them.
idea-tables = { PLURAL($n) ->
    [one] Stalas Nr. { $tables }
   *[other] Stalai Nr. { $tables }
}
idea-rounds = { PLURAL($n) ->
    [one] Ratas Nr. { $rounds }
   *[other] Ratai Nr. { $rounds }
}
idea-tables-rounds = { PLURAL($n) ->
    [one] Stalas Nr. { $tables }
   *[other] Stalai Nr. { $tables }
}, { PLURAL($rounds_n) ->
    [one] ratas Nr. { $rounds }
   *[other] ratai Nr. { $rounds }
}
ideas-lab-none = { PLURAL($ideas) ->
    [one] { $ideas } idėja
    [few] { $ideas } idėjos
   *[other] { $ideas } idėjų
} { PLURAL($topics) ->
    [one] { $topics } tema
    [few] { $topics } temomis
   *[other] { $topics } temų
}; nė vienai iš jų kol kas nenumatyta tolesnių veiksmų.
ideas-lab-all = { PLURAL($ideas) ->
    [one] { $ideas } idėja { $topics } { PLURAL($topics) ->
        [one] tema
        [few] temomis
       *[other] temų
    }; jai numatyti tolesni veiksmai.
    [few] { $ideas } idėjos { $topics } { PLURAL($topics) ->
        [one] tema
        [few] temomis
       *[other] temų
    }; tolesni veiksmai numatyti kiekvienai iš jų.
   *[other] { $ideas } idėjų { $topics } { PLURAL($topics) ->
        [one] tema
        [few] temomis
       *[other] temų
    }; tolesni veiksmai numatyti kiekvienai iš jų.
}
ideas-lab-some = { PLURAL($ideas) ->
    [one] { $ideas } idėja
    [few] { $ideas } idėjos
   *[other] { $ideas } idėjų
} { PLURAL($topics) ->
    [one] { $topics } tema
    [few] { $topics } temomis
   *[other] { $topics } temų
}; tolesni veiksmai numatyti { $with } iš jų, { $without } – kol kas ne.
ideas-programme-none = Laboratorijose { PLURAL($ideas) ->
    [one] pateikta { $ideas } idėja
    [few] pateiktos { $ideas } idėjos
   *[other] pateikta { $ideas } idėjų
} { PLURAL($topics) ->
    [one] { $topics } tema
    [few] { $topics } temomis
   *[other] { $topics } temų
}; nė vienai iš jų kol kas nenumatyta tolesnių veiksmų.
ideas-programme-all = Laboratorijose { PLURAL($ideas) ->
    [one] pateikta { $ideas } idėja { $topics } { PLURAL($topics) ->
        [one] tema
        [few] temomis
       *[other] temų
    }; jai numatyti tolesni veiksmai.
    [few] pateiktos { $ideas } idėjos { $topics } { PLURAL($topics) ->
        [one] tema
        [few] temomis
       *[other] temų
    }; tolesni veiksmai numatyti kiekvienai iš jų.
   *[other] pateikta { $ideas } idėjų { $topics } { PLURAL($topics) ->
        [one] tema
        [few] temomis
       *[other] temų
    }; tolesni veiksmai numatyti kiekvienai iš jų.
}
ideas-programme-some = Laboratorijose { PLURAL($ideas) ->
    [one] pateikta { $ideas } idėja
    [few] pateiktos { $ideas } idėjos
   *[other] pateikta { $ideas } idėjų
} { PLURAL($topics) ->
    [one] { $topics } tema
    [few] { $topics } temomis
   *[other] { $topics } temų
}; tolesni veiksmai numatyti { $with } iš jų, { $without } – kol kas ne.
no-topic = Tema nenurodyta
# An idea's follow-up with its deadline, as written in the sheet.
follow-up-deadline = { $follow_up } (terminas: { $deadline })
ideas-chart-none = Nėra idėjų, kurias būtų galima parodyti.
ideas-chart-most = Daugiausia idėjų pateikta tema „{ $topic }“: { $n } iš { $total }.
ideas-chart-most-tied = Daugiausia idėjų pateikta temomis { $topics }: po { $n } iš { $total }.

## The data-quality appendix

role-registrations = registracijos
role-attendance = lankomumas
role-feedback = grįžtamasis ryšys
role-outcomes = rezultatai
field-stakeholder-type = Suinteresuotųjų šalių tipas
field-sector = Sektorius
totals-rows-left-out = { PLURAL($n) ->
    [one] { $n } suminė eilutė neįtraukta
    [few] { $n } suminės eilutės neįtrauktos
   *[other] { $n } suminių eilučių neįtraukta
}
not-read = nenuskaityta
# Why a sheet was not read ($row: the header's row; $role: a role-* word; $headers: the
# columns' headers, quoted and listed; $columns: what it has, e.g. "Stakeholder type and
# Sector"; $tool: a meeting tool, e.g. "Microsoft Teams attendance report").
skip-hidden = lapas darbaknygėje paslėptas, todėl nenuskaitytas
skip-no-rows = lape yra antraštė (eilutė Nr. { $row }), bet nėra eilučių, kurias būtų galima nuskaityti kaip { $role }; ar eksportuotas tinkamas lapas?
skip-no-header = pirmosiose eilutėse neatpažintas nė vienas stulpelis; tikėtinos antraštės, pavyzdžiui: El. paštas, Vardas ir pavardė, Organizacijos tipas, Sektorius, Dalyvavo arba grįžtamojo ryšio klausimas
skip-no-role = stulpeliuose ({ $headers }) nėra el. pašto adresų, vardų ir pavardžių, suinteresuotųjų šalių tipo, sektoriaus ar grįžtamojo ryšio klausimų, todėl lapas nenuskaitytas
skip-no-people = lape yra { $columns }, bet nėra vardų ir pavardžių ar el. pašto adresų, todėl jis nenuskaitytas kaip registracijų sąrašas: nebūtų galima užtikrinti, kad kiekvienas asmuo būtų skaičiuojamas tik vieną kartą
skip-no-participants = susitikimo ataskaitoje ({ $tool }) nėra nė vieno dalyvio (jos antraštė – eilutė Nr. { $row }); ar atsisiųsta tinkamo susitikimo ataskaita?
# An outcome sheet in the files table: $shape is rows, form-question, mentimeter or voters.
outcome-sheet-note = { $shape ->
    [rows] pasaulio kavinės rezultatai, kiekvienai idėjai – viena eilutė: { PLURAL($n) ->
        [one] { $n } idėja
        [few] { $n } idėjos
        [many] { $n } idėjų
       *[other] { $n } idėjų
    }
    [form-question] idėjos iš formos klausimo: { PLURAL($n) ->
        [one] { $n } idėja
        [few] { $n } idėjos
        [many] { $n } idėjų
       *[other] { $n } idėjų
    }
    [mentimeter] pasaulio kavinės rezultatai, Mentimeter rezultatai (kiekvienai skaidrei – atskiras blokas): { PLURAL($n) ->
        [one] { $n } idėja
        [few] { $n } idėjos
        [many] { $n } idėjų
       *[other] { $n } idėjų
    }
   *[voters] Mentimeter balsuotojai: kiekvienam asmeniui – viena eilutė, nenuskaityta (jų atsakymai pateikti sesijų lapuose)
}

## Reporting periods made by labreport (half-years) when the config names none
# As Lithuanian statistics write a span of months: "2019 m. sausio–birželio mėn.".

period-h1 = { $year } m. sausio–birželio mėn.
period-h2 = { $year } m. liepos–gruodžio mėn.

## The workbook (data/labreport.xlsx): sheet names (at most 31 characters, none of [ ] : * ? / \) and headers
# "By stakeholder type" as "Pagal suinteresuotųjų šalių tipą" would be 32 characters: the three
# breakdown sheets are named by what their rows are ("Suinteresuotųjų šalių tipai", "Sektoriai",
# "Partneriai").

sheet-cover = Titulinis lapas
sheet-indicators = Rodikliai
sheet-by-stakeholder-type = Suinteresuotųjų šalių tipai
sheet-by-sector = Sektoriai
sheet-by-partner = Partneriai
sheet-labs = Laboratorijos
sheet-feedback = Grįžtamasis ryšys
sheet-organisations = Organizacijos
sheet-outcomes = Rezultatai
column-period-label = Laikotarpio pavadinimas
column-question-mean = { $question } (vidurkis)
column-nps = NPS
column-organisation = Organizacija
column-labs = Laboratorijos
cover-project = Projektas
cover-programme = Programa
cover-funding = Finansavimas
cover-contact = Kontaktai
cover-generated = Parengta
cover-labs = Laboratorijų ataskaitoje
cover-withheld = Neskelbiami skaičiai
cover-sheets = Lapai
workbook-comment = Parengta naudojant labreport
