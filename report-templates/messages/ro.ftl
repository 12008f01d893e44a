# labreport's report, in Romanian (ro): translated from en.ftl, the English source catalog.
# Same message ids, same order, same variables; see en.ftl's header for the Fluent conventions.
#
# Plural forms: select with { PLURAL($n) -> ... } (CLDR's categories, computed by ICU4X), never
# on $n itself. Romanian has three cardinal categories:
#   one   = 1                                  "1 înscriere"
#   few   = 0, and n % 100 in 1..19 except 1   "0 înscrieri", "2 înscrieri", "19 înscrieri",
#           (0, 2-19, 101-119, 201-219, ...)   "101 înscrieri", "111 înscrieri"
#   other = n % 100 in 0 or 20..99             "20 de înscrieri", "21 de înscrieri",
#           (20-100, 120-200, ...)             "100 de înscrieri", "120 de înscrieri"
# *[other] is the default variant: it takes "de" between the number and the noun. A withheld
# count ([c]) is not a number, so it falls to *[other] as well.
#
# Terms: "Local Learning Lab" is rendered as "atelier local de învățare", as Municipiul Timișoara
# names it in the project's Romanian communication ("Atelier Local de Învățare (Local Learning
# Lab)"), so a lab is "atelier" throughout; stakeholder = "parte interesată"; registration =
# "înscriere"; attendee = "participant"; walk-in = "participant neînscris"; withheld = "nepublicat";
# world café stays as the method's name.

## The page frame (base.html)

report-title = Atelierele locale de învățare (Local Learning Labs): participare și feedback
skip-link = Salt la conținutul raportului
logo-alt = Sigla { $project }
logo-alt-no-project = Sigla proiectului
generated = Generat la { $date } pe baza fișierelor de înscriere, de prezență și de feedback ale atelierelor.
contact = Contact: { $contact }
no-personal-data = Realizat cu labreport. Acest raport nu conține nume, adrese de e-mail sau numere de telefon.
withheld-note = { $marker }: număr nepublicat, pentru protecția persoanelor la care se referă. Nu se publică numerele de persoane cuprinse între 1 și { $max } și nici alte numere din care unul dintre acestea ar putea fi dedus (un total, o altă categorie, un alt atelier). Nu se publică nici ratele, ponderile și notele medii calculate pe baza unui număr nepublicat.

## The interim report (index.html)

nav-contents = Cuprins
section-summary = Rezumat
section-indicators = Indicatori
section-participation = Participare
section-partners = Pe parteneri și în timp
section-feedback = Feedback
section-outcomes = Rezultate
section-labs = Atelierele
section-data-quality = Calitatea datelor
indicators-intro-html = Conform cerințelor de monitorizare ale programului. <strong>Participări</strong>: prezențe, fiecare persoană fiind numărată o dată pentru fiecare atelier la care a participat (inclusiv participanții neînscriși). <strong>Persoane</strong>: persoane distincte care au participat la cel puțin un atelier; în defalcarea pe tipuri de părți interesate, o persoană este numărată la fiecare tip în calitatea căruia a participat. <strong>Organizații</strong>: organizațiile distincte ale participanților, indiferent de forma în care le-a fost scrisă denumirea; fiecare organizație este numărată la tipul de parte interesată indicat cel mai frecvent de persoanele din cadrul ei în perioada respectivă.
column-stakeholder-type = Tip de parte interesată
column-participations = Participări
column-people = Persoane
column-organisations = Organizații
total = Total
organisations-heading = Organizații participante
organisations-none = Niciuna: niciun participant nu a indicat o organizație.
participation-intro = Înscrierile sunt numărate o singură dată pentru fiecare persoană și atelier (dublurile sunt eliminate pe baza adresei de e-mail). Fiecare persoană este numărată o dată în fiecare sector pe care l-a indicat.
feedback-caption-all = Feedback pe întrebări, toate atelierele
outcomes-heading-index = Rezultate: ideile din sesiunile world café
own-topics = { PLURAL($n) ->
    [one] { $n } temă scrisă în foile de rezultate nu corespunde niciuneia dintre temele programului și este listată sub propria denumire.
    [few] { $n } teme scrise în foile de rezultate nu corespund niciuneia dintre temele programului și sunt listate sub propriile denumiri.
   *[other] { $n } de teme scrise în foile de rezultate nu corespund niciuneia dintre temele programului și sunt listate sub propriile denumiri.
}
recurring-heading = Teme comune mai multor parteneri
recurring-none = Deocamdată nicio temă nu are idei de la mai mult de un partener.
top-ideas-heading = Ideile cele mai votate
top-ideas-caption = Ideile cu cele mai multe voturi din toate atelierele (cel mult zece), în ordinea descrescătoare a voturilor
column-rank = Loc
column-idea = Idee
column-votes = Voturi
column-lab = Atelier
top-ideas-none = Nu s-a votat nicio idee.
follow-up-heading = Acțiuni ulterioare
follow-up-caption = Ideile cu acțiuni ulterioare (un responsabil sau un pas următor), pe parteneri
column-partner = Partener
column-ideas = Idei
column-with-follow-up = Cu acțiuni ulterioare
column-none-yet = Deocamdată fără
labs-intro = Fiecare atelier are o pagină proprie, cu cifrele sale și cu comparația față de atelierele anterioare ale aceluiași partener.
labs-caption = Atelierele, în ordine cronologică
quality-intro = Toate fișierele citite, modul în care au fost interpretate și ceea ce nu a putut fi pus în corespondență.
quality-duplicates = { PLURAL($n) ->
    [one] { $n } înscriere duplicată eliminată;
    [few] { $n } înscrieri duplicate eliminate;
   *[other] { $n } de înscrieri duplicate eliminate;
}
quality-walk-ins = { PLURAL($n) ->
    [one] { $n } participant neînscris (înregistrat la sosire fără înscriere prealabilă, numărat ca participant de tip necunoscut).
    [few] { $n } participanți neînscriși (înregistrați la sosire fără înscriere prealabilă, numărați ca participanți de tip necunoscut).
   *[other] { $n } de participanți neînscriși (înregistrați la sosire fără înscriere prealabilă, numărați ca participanți de tip necunoscut).
}
quality-withheld-counts-html = Numărul de rânduri din fiecare foaie și frecvența fiecărei etichete fără corespondență nu se publică ({ $marker }): acestea numără persoane. Comanda <code>labreport check</code> le afișează managerului de proiect.
publishing-heading = Ce fișiere pot fi publicate
publishing-withheld-html = Paginile acestui raport (și versiunile lor PDF), graficele sale și tabelele din <code>data/</code> (fișierele CSV, <code>figures.csv</code> și <code>labreport.xlsx</code>) nu afișează numerele mici de persoane, așa cum se explică în partea de sus a fiecărei pagini care conține un număr nepublicat: ele sunt destinate publicării.
publishing-shown-html = Paginile acestui raport (și versiunile lor PDF), graficele sale și tabelele din <code>data/</code> nu conțin nume, adrese de e-mail sau numere de telefon, dar afișează toate numerele, oricât de mici: setați <code>[privacy] min_cell</code> în fișierul de configurare înainte de a le publica acolo unde un număr mic ar putea duce la identificarea unei persoane.
publishing-summary-json-html = <code>summary.json</code> conține toate cifrele, în detaliu complet, inclusiv numerele mici: este fișierul managerului de proiect și nu este destinat publicării.
sheets-heading = Fișiere și foi citite
sheets-caption = Fișierele și foile citite, cu rolul lor
column-file = Fișier
column-sheet = Foaie
column-read-as = Interpretat ca
column-rows = Rânduri
column-header-row = Rând de antet
column-notes = Observații
unmapped-heading = Etichete fără corespondență
unmapped-caption = Etichetele numărate ca necunoscute, cu frecvența lor
column-label = Etichetă
column-column = Coloană
column-count = Apariții
column-first-seen = Prima apariție
unmapped-none = Niciuna: toate etichetele au corespondent în taxonomie.
rejected-heading = Fișiere și foi excluse
rejected-caption = Fișierele și foile care nu au putut fi citite și motivul
column-file-or-sheet = Fișier sau foaie
column-reason = Motiv
none = Nu există.

## A lab's page (lab.html)

breadcrumb = Cale de navigare
section-about = Despre acest atelier
fact-partner = Partener
fact-date = Data
fact-date-none = nespecificată
fact-venue = Locul desfășurării
fact-theme = Tematica
feedback-caption-lab = Feedback pe întrebări
outcomes-heading-lab = Rezultate: ideile din sesiunea world café
ideas-intro = Ideile sunt grupate pe teme și ordonate după voturile celor prezenți; urmează ideile fără voturi, în ordinea în care au fost scrise.
topic-own = (temă proprie)
idea-at-table = La masă: { $types }
idea-priority = Prioritate: { $priority }
idea-follow-up = Acțiuni ulterioare: { $follow_up }
idea-no-follow-up = Deocamdată fără acțiuni ulterioare
history-heading = Comparație cu atelierele anterioare ale partenerului { $partner }
history-first = Acesta este primul atelier al partenerului { $partner } inclus în raport.
history-caption = Atelierele partenerului { $partner } până la acesta, în ordine cronologică (cel mult cele cinci dinaintea lui)

## Shared pieces (macros.html)

chart-table-caption = { $title }: cifrele din grafic
column-question = Întrebare
column-mean = Medie
column-scale = Scală
column-answers = Răspunsuri
column-spread = Distribuția răspunsurilor (răspuns: număr)
column-registrations = Înscrieri
column-attendees = Participanți
column-attendance-rate = Rata de prezență
column-feedback-responses = Chestionare de feedback
column-overall = Satisfacție generală
mark-new = Nou
mark-changed = Modificat
spread-heading = Distribuția răspunsurilor
spread-heading-others = Distribuția răspunsurilor la celelalte întrebări
feedback-none = Nu există încă chestionare de feedback completate.

## Headline figures

headline-labs = Ateliere
headline-labs-note = { PLURAL($n) ->
    [one] organizate de { $n } partener
    [few] organizate de { $n } parteneri
   *[other] organizate de { $n } de parteneri
}
headline-people = Persoane distincte
headline-people-note = { PLURAL($n) ->
    [one] { $n } dintre ele a participat
   *[other] { $n } dintre ele au participat
}
headline-people-note-withheld = { $marker } dintre ele au participat
headline-rate-note = participanți per înscriere
headline-no-attendance = fără date de prezență
undated = fără dată
unknown = Necunoscut
unchanged = fără modificare

## What changed since the previous report ($labs: the labs named, "; " between them)

changes-new = Ateliere noi în acest raport: { $labs }.
changes-changed = Ateliere modificate: { $labs }.
changes-gone = Ateliere care nu mai figurează în raport: { $labs }.
changes-config = Fișierul de configurare (labreport.toml) a fost modificat față de raportul anterior.
# What changed in a lab, in brackets after its name: $how is added, edited or removed; $roles
# what the file was read as ("registrations and feedback", the role-* words below).
changes-file = { $how ->
    [added] fișier de { $roles } adăugat
    [edited] fișier de { $roles } modificat
   *[removed] fișier de { $roles } eliminat
}
changes-lab-toml = { $how ->
    [added] lab.toml adăugat
    [edited] lab.toml modificat
   *[removed] lab.toml eliminat
}
changes-file-not-read = { $how ->
    [added] fișier necitit adăugat
    [edited] fișier necitit modificat
   *[removed] fișier necitit eliminat
}

## Charts: titles, series and table columns
# $what is the rows' kind: stakeholder-type, sector, partner, lab or period.

chart-participation-by-stakeholder-type = Participarea pe tipuri de părți interesate
chart-participation-by-sector = Participarea pe sectoare
chart-participation-by-partner = Participarea pe parteneri
chart-over-time-labs = Evoluția participării, pe ateliere
chart-over-time-periods = Evoluția participării, pe perioade
chart-feedback-by-question = Feedback: nota medie pe întrebări
chart-feedback-spread = Feedback: distribuția răspunsurilor
chart-feedback-spread-scale = Feedback: distribuția răspunsurilor pe scala { $scale }
chart-ideas-by-topic = Idei pe teme și parteneri
series-mean-rating = Nota medie
chart-answer-lowest = { $answer } – minim
chart-answer-highest = { $answer } – maxim
column-registered = Înscriși
column-attended = Prezenți
column-sector = Sector
column-period = Perioadă
column-topic = Temă
column-all-labs = Toate atelierele

## Findings: what each chart shows, in words

finding-no-registrations = { $what ->
    [stakeholder-type] Nu există înscrieri de prezentat pe tipuri de părți interesate.
    [sector] Nu există înscrieri de prezentat pe sectoare.
    [partner] Nu există înscrieri de prezentat pe parteneri.
    [lab] Nu există înscrieri de prezentat pe ateliere.
   *[period] Nu există înscrieri de prezentat pe perioade.
}
finding-registrations-withheld = { $what ->
    [stakeholder-type] Înscrierile pe tipuri de părți interesate nu se publică ({ $marker }), pentru protecția persoanelor la care se referă.
    [sector] Înscrierile pe sectoare nu se publică ({ $marker }), pentru protecția persoanelor la care se referă.
    [partner] Înscrierile pe parteneri nu se publică ({ $marker }), pentru protecția persoanelor la care se referă.
    [lab] Înscrierile pe ateliere nu se publică ({ $marker }), pentru protecția persoanelor la care se referă.
   *[period] Înscrierile pe perioade nu se publică ({ $marker }), pentru protecția persoanelor la care se referă.
}
finding-largest = { $what ->
    [stakeholder-type] În defalcarea pe tipuri de părți interesate, cel mai numeros grup a fost { $label }: { PLURAL($n) ->
        [one] { $n } înscriere
        [few] { $n } înscrieri
       *[other] { $n } de înscrieri
    } din { $total } ({ $share }).
    [sector] În defalcarea pe sectoare, cel mai numeros grup a fost { $label }: { PLURAL($n) ->
        [one] { $n } înscriere
        [few] { $n } înscrieri
       *[other] { $n } de înscrieri
    } din { $total } ({ $share }).
   *[partner] Partenerul { $label } a avut cele mai multe înscrieri: { $n } din { $total } ({ $share }).
}
finding-largest-no-total = { $what ->
    [stakeholder-type] În defalcarea pe tipuri de părți interesate, cel mai numeros grup a fost { $label }: { PLURAL($n) ->
        [one] { $n } înscriere.
        [few] { $n } înscrieri.
       *[other] { $n } de înscrieri.
    }
    [sector] În defalcarea pe sectoare, cel mai numeros grup a fost { $label }: { PLURAL($n) ->
        [one] { $n } înscriere.
        [few] { $n } înscrieri.
       *[other] { $n } de înscrieri.
    }
   *[partner] Partenerul { $label } a avut cele mai multe înscrieri: { $n }.
}
finding-largest-tied = { $what ->
    [stakeholder-type] În defalcarea pe tipuri de părți interesate, cele mai numeroase grupuri au fost { $labels }, cu câte { PLURAL($n) ->
        [one] { $n } înscriere
        [few] { $n } înscrieri
       *[other] { $n } de înscrieri
    } din { $total } ({ $share }).
    [sector] În defalcarea pe sectoare, cele mai numeroase grupuri au fost { $labels }, cu câte { PLURAL($n) ->
        [one] { $n } înscriere
        [few] { $n } înscrieri
       *[other] { $n } de înscrieri
    } din { $total } ({ $share }).
   *[partner] Partenerii { $labels } au avut cele mai multe înscrieri, câte { $n } din { $total } ({ $share }).
}
finding-largest-tied-no-total = { $what ->
    [stakeholder-type] În defalcarea pe tipuri de părți interesate, cele mai numeroase grupuri au fost { $labels }, cu câte { PLURAL($n) ->
        [one] { $n } înscriere.
        [few] { $n } înscrieri.
       *[other] { $n } de înscrieri.
    }
    [sector] În defalcarea pe sectoare, cele mai numeroase grupuri au fost { $labels }, cu câte { PLURAL($n) ->
        [one] { $n } înscriere.
        [few] { $n } înscrieri.
       *[other] { $n } de înscrieri.
    }
   *[partner] Partenerii { $labels } au avut cele mai multe înscrieri, câte { $n }.
}
finding-next = A urmat { $label }, cu { $n }.
finding-attended = { PLURAL($n) ->
    [one] Din grupul { $label } a participat { $n } persoană ({ $share }).
    [few] Din grupul { $label } au participat { $n } persoane ({ $share }).
   *[other] Din grupul { $label } au participat { $n } de persoane ({ $share }).
}
finding-some-withheld = Unele numere nu se publică ({ $marker }), pentru protecția persoanelor la care se referă.
finding-some-withheld-largest = Unele numere nu se publică ({ $marker }), pentru protecția persoanelor la care se referă: este posibil ca cel mai numeros grup dintre cele afișate să nu fie, de fapt, cel mai numeros.
finding-range = { $what ->
    [lab] { PLURAL($count) ->
        [one] În { $count } atelier, numărul de înscrieri pe atelier a variat de la { $min } ({ $min_label }) la { $max } ({ $max_label }).
        [few] În cele { $count } ateliere, numărul de înscrieri pe atelier a variat de la { $min } ({ $min_label }) la { $max } ({ $max_label }).
       *[other] În cele { $count } de ateliere, numărul de înscrieri pe atelier a variat de la { $min } ({ $min_label }) la { $max } ({ $max_label }).
    }
   *[period] { PLURAL($count) ->
        [one] În { $count } perioadă, numărul de înscrieri pe perioadă a variat de la { $min } ({ $min_label }) la { $max } ({ $max_label }).
        [few] În cele { $count } perioade, numărul de înscrieri pe perioadă a variat de la { $min } ({ $min_label }) la { $max } ({ $max_label }).
       *[other] În cele { $count } de perioade, numărul de înscrieri pe perioadă a variat de la { $min } ({ $min_label }) la { $max } ({ $max_label }).
    }
}
finding-so-far = { $what ->
    [lab] { PLURAL($count) ->
        [one] Până în prezent, { $count } atelier.
        [few] Până în prezent, { $count } ateliere.
       *[other] Până în prezent, { $count } de ateliere.
    }
   *[period] { PLURAL($count) ->
        [one] Până în prezent, { $count } perioadă.
        [few] Până în prezent, { $count } perioade.
       *[other] Până în prezent, { $count } de perioade.
    }
}
finding-mean = La întrebarea „{ $question }”, nota medie a fost { $mean } din { $top }.
finding-means = Participanții au acordat cea mai mare notă medie întrebării „{ $best }” ({ $best_mean } din { $best_top }) și cea mai mică întrebării „{ $worst }” ({ $worst_mean } din { $worst_top }).
finding-means-withheld = Toate notele medii sunt nepublicate ({ $marker }): fie răspunsurile sunt prea puține, fie un răspuns a fost dat de prea puține persoane.
# $high and $low: the answers above and below the middle of the scale ("4 or 5", "1 or 2").
finding-spread-one = { $high_share } dintre răspunsurile la întrebarea „{ $question }” au avut valoarea { $high }, iar { $low_share }, valoarea { $low }.
finding-spread = Întrebarea „{ $best }” a avut cea mai mare pondere a răspunsurilor cu valoarea { $high } ({ $best_share }), iar întrebarea „{ $worst }”, cea mai mică ({ $worst_share }).
finding-spread-withheld = Distribuția răspunsurilor nu se publică ({ $marker }): unele răspunsuri au fost date de prea puține persoane.
# $score is signed: +12, -3.
nps = Net Promoter Score pentru întrebarea „{ $question }”: { $score } (calculat din { PLURAL($n) ->
    [one] { $n } răspuns
    [few] { $n } răspunsuri
   *[other] { $n } de răspunsuri
}: ponderea notelor 9 și 10 minus ponderea notelor de la 0 la 6, pe o scală de la −100 la +100).
nps-withheld = Net Promoter Score pentru întrebarea „{ $question }” nu se publică ({ $marker }): fie răspunsurile sunt prea puține, fie un răspuns a fost dat de prea puține persoane.

## A lab against the partner's previous one ($number: the lab's place in the partner's series)

history-change-more = Acesta este atelierul nr. { $number } al partenerului { $partner } inclus în raport. A avut { PLURAL($n) ->
    [one] { $n } înscriere
    [few] { $n } înscrieri
   *[other] { $n } de înscrieri
} ({ $lab }), cu { PLURAL($diff) ->
    [one] { $diff } înscriere
    [few] { $diff } înscrieri
   *[other] { $diff } de înscrieri
} mai mult decât atelierul anterior al partenerului, { $previous } ({ $n_previous }).
history-change-fewer = Acesta este atelierul nr. { $number } al partenerului { $partner } inclus în raport. A avut { PLURAL($n) ->
    [one] { $n } înscriere
    [few] { $n } înscrieri
   *[other] { $n } de înscrieri
} ({ $lab }), cu { PLURAL($diff) ->
    [one] { $diff } înscriere
    [few] { $diff } înscrieri
   *[other] { $diff } de înscrieri
} mai puțin decât atelierul anterior al partenerului, { $previous } ({ $n_previous }).
history-change-same = Acesta este atelierul nr. { $number } al partenerului { $partner } inclus în raport. A avut { PLURAL($n) ->
    [one] { $n } înscriere
    [few] { $n } înscrieri
   *[other] { $n } de înscrieri
} ({ $lab }), același număr ca atelierul anterior al partenerului, { $previous } ({ $n_previous }).
history-change-withheld = Acesta este atelierul nr. { $number } al partenerului { $partner } inclus în raport. Numărul său de înscrieri și cel al atelierului anterior al partenerului nu sunt comparate aici: unul dintre ele nu se publică ({ $marker }).

## Indicators

indicators-caption = { PLURAL($n) ->
    [one] { $period }: participări, persoane și organizații pe tipuri de părți interesate ({ $n } atelier)
    [few] { $period }: participări, persoane și organizații pe tipuri de părți interesate ({ $n } ateliere)
   *[other] { $period }: participări, persoane și organizații pe tipuri de părți interesate ({ $n } de ateliere)
}
# $participations, $people, $organisations: "40 → 43 (+3)".
indicators-change = Față de perioada { $previous }: participări { $participations }, persoane { $people }, organizații { $organisations }. Noi în program în această perioadă: persoane { $new_people }, organizații { $new_organisations }.
indicators-no-period = Ateliere din afara perioadelor de raportare
indicators-all-periods = Toate perioadele, cumulat
indicators-no-period-note = { PLURAL($n) ->
    [one] { $n } atelier nu se încadrează în nicio perioadă de raportare (fără dată sau cu o dată din afara tuturor perioadelor): este inclus numai în cifrele cumulate.
    [few] { $n } ateliere nu se încadrează în nicio perioadă de raportare (fără dată sau cu o dată din afara tuturor perioadelor): sunt incluse numai în cifrele cumulate.
   *[other] { $n } de ateliere nu se încadrează în nicio perioadă de raportare (fără dată sau cu o dată din afara tuturor perioadelor): sunt incluse numai în cifrele cumulate.
}
indicators-no-attendance-note = { PLURAL($n) ->
    [one] { $n } atelier nu are date de prezență (fără listă de prezență, coloană de prezență sau raport al reuniunii): înscrierile sale nu sunt numărate ca participări.
    [few] { $n } ateliere nu au date de prezență (fără listă de prezență, coloană de prezență sau raport al reuniunii): înscrierile lor nu sunt numărate ca participări.
   *[other] { $n } de ateliere nu au date de prezență (fără listă de prezență, coloană de prezență sau raport al reuniunii): înscrierile lor nu sunt numărate ca participări.
}

## The world café's ideas

idea-count = { PLURAL($n) ->
    [one] { $n } idee
    [few] { $n } idei
   *[other] { $n } de idei
}
idea-votes = { PLURAL($n) ->
    [one] { $n } vot
    [few] { $n } voturi
   *[other] { $n } de voturi
}
# $tables and $rounds are lists ("1, 2 and 3"); $n and $rounds_n how many are in them.
idea-tables = { PLURAL($n) ->
    [one] Masa { $tables }
   *[other] Mesele { $tables }
}
idea-rounds = { PLURAL($n) ->
    [one] Runda { $rounds }
   *[other] Rundele { $rounds }
}
idea-tables-rounds = { PLURAL($n) ->
    [one] Masa { $tables }
   *[other] Mesele { $tables }
}, { PLURAL($rounds_n) ->
    [one] runda { $rounds }
   *[other] rundele { $rounds }
}
ideas-lab-none = { PLURAL($ideas) ->
    [one] { $ideas } idee
    [few] { $ideas } idei
   *[other] { $ideas } de idei
} privind { PLURAL($topics) ->
    [one] { $topics } temă
    [few] { $topics } teme
   *[other] { $topics } de teme
}; niciuna nu are deocamdată acțiuni ulterioare.
ideas-lab-all = { PLURAL($ideas) ->
    [one] { $ideas } idee
    [few] { $ideas } idei
   *[other] { $ideas } de idei
} privind { PLURAL($topics) ->
    [one] { $topics } temă
    [few] { $topics } teme
   *[other] { $topics } de teme
}; { PLURAL($ideas) ->
    [one] aceasta are acțiuni ulterioare.
   *[other] fiecare are acțiuni ulterioare.
}
ideas-lab-some = { PLURAL($ideas) ->
    [one] { $ideas } idee
    [few] { $ideas } idei
   *[other] { $ideas } de idei
} privind { PLURAL($topics) ->
    [one] { $topics } temă
    [few] { $topics } teme
   *[other] { $topics } de teme
}; { PLURAL($with) ->
    [one] { $with } are acțiuni ulterioare
   *[other] { $with } au acțiuni ulterioare
}, { PLURAL($without) ->
    [one] { $without } nu are încă.
   *[other] { $without } nu au încă.
}
ideas-programme-none = Atelierele au generat { PLURAL($ideas) ->
    [one] { $ideas } idee
    [few] { $ideas } idei
   *[other] { $ideas } de idei
} privind { PLURAL($topics) ->
    [one] { $topics } temă
    [few] { $topics } teme
   *[other] { $topics } de teme
}; niciuna nu are deocamdată acțiuni ulterioare.
ideas-programme-all = Atelierele au generat { PLURAL($ideas) ->
    [one] { $ideas } idee
    [few] { $ideas } idei
   *[other] { $ideas } de idei
} privind { PLURAL($topics) ->
    [one] { $topics } temă
    [few] { $topics } teme
   *[other] { $topics } de teme
}; { PLURAL($ideas) ->
    [one] aceasta are acțiuni ulterioare.
   *[other] fiecare are acțiuni ulterioare.
}
ideas-programme-some = Atelierele au generat { PLURAL($ideas) ->
    [one] { $ideas } idee
    [few] { $ideas } idei
   *[other] { $ideas } de idei
} privind { PLURAL($topics) ->
    [one] { $topics } temă
    [few] { $topics } teme
   *[other] { $topics } de teme
}; { PLURAL($with) ->
    [one] { $with } are acțiuni ulterioare
   *[other] { $with } au acțiuni ulterioare
}, { PLURAL($without) ->
    [one] { $without } nu are încă.
   *[other] { $without } nu au încă.
}
no-topic = Temă neprecizată
# An idea's follow-up with its deadline, as written in the sheet.
follow-up-deadline = { $follow_up } (până la { $deadline })
ideas-chart-none = Nu există idei de prezentat.
ideas-chart-most = Cele mai multe idei au vizat tema { $topic }: { $n } din { $total }.
ideas-chart-most-tied = Cele mai multe idei au vizat temele { $topics }, câte { $n } din { $total }.

## The data-quality appendix

role-registrations = înscrieri
role-attendance = prezență
role-feedback = feedback
role-outcomes = rezultate
field-stakeholder-type = Tip de parte interesată
field-sector = Sector
totals-rows-left-out = { PLURAL($n) ->
    [one] { $n } rând cu totaluri exclus
    [few] { $n } rânduri cu totaluri excluse
   *[other] { $n } de rânduri cu totaluri excluse
}
not-read = nu s-a putut citi
# Why a sheet was not read ($row: the header's row; $role: a role-* word; $headers: the
# columns' headers, quoted and listed; $columns: what it has, e.g. "Stakeholder type and
# Sector"; $tool: a meeting tool, e.g. "Microsoft Teams attendance report").
skip-hidden = ascunsă în registrul de lucru, deci nu a fost citită
skip-no-rows = foaia are un antet (rândul { $row }), dar niciun rând de { $role }; a fost exportată foaia corectă?
skip-no-header = nicio coloană nu a fost recunoscută în primele rânduri; sunt așteptate anteturi precum E-mail, Nume și prenume, Tip organizație, Sector, Prezent sau o întrebare de feedback
skip-no-role = coloanele ({ $headers }) nu conțin adrese de e-mail, nume, tipuri de părți interesate, sectoare sau întrebări de feedback, așa că foaia nu a fost citită
skip-no-people = foaia conține { $columns }, dar nu conține nume sau adrese de e-mail, așa că nu a fost citită ca listă de înscrieri: nu s-ar fi putut asigura că fiecare persoană este numărată o singură dată
skip-no-participants = raportul reuniunii ({ $tool }) nu conține niciun participant (antetul său se află pe rândul { $row }); a fost descărcat raportul reuniunii corecte?
# An outcome sheet in the files table: $shape is rows, form-question, mentimeter or voters.
outcome-sheet-note = { $shape ->
    [rows] rezultate world café, câte un rând pentru fiecare idee: { PLURAL($n) ->
        [one] { $n } idee
        [few] { $n } idei
       *[other] { $n } de idei
    }
    [form-question] idei dintr-o întrebare a unui formular: { PLURAL($n) ->
        [one] { $n } idee
        [few] { $n } idei
       *[other] { $n } de idei
    }
    [mentimeter] rezultate world café, exportul de rezultate Mentimeter (câte un bloc pentru fiecare diapozitiv): { PLURAL($n) ->
        [one] { $n } idee
        [few] { $n } idei
       *[other] { $n } de idei
    }
   *[voters] votanții Mentimeter: câte un rând pentru fiecare persoană; foaia nu se citește (răspunsurile lor se află în foile sesiunilor)
}

## Reporting periods made by labreport (half-years) when the config names none
# Month names are lowercase in Romanian, as the Institutul Național de Statistică writes a span
# of months ("ianuarie–iunie 2019"), also where the label opens a caption.

period-h1 = ianuarie–iunie { $year }
period-h2 = iulie–decembrie { $year }

## The workbook (data/labreport.xlsx): sheet names (at most 31 characters, none of [ ] : * ? / \) and headers

sheet-cover = Copertă
sheet-indicators = Indicatori
sheet-by-stakeholder-type = Pe tipuri de părți interesate
sheet-by-sector = Pe sectoare
sheet-by-partner = Pe parteneri
sheet-labs = Ateliere
sheet-feedback = Feedback
sheet-organisations = Organizații
sheet-outcomes = Rezultate
column-period-label = Denumirea perioadei
column-question-mean = { $question } (medie)
column-nps = NPS
column-organisation = Organizație
column-labs = Ateliere
cover-project = Proiect
cover-programme = Program
cover-funding = Finanțare
cover-contact = Contact
cover-generated = Generat la
cover-labs = Ateliere raportate
cover-withheld = Numere nepublicate
cover-sheets = Foi
workbook-comment = Realizat cu labreport
