# labreport's report, in Croatian (hr): translated from en.ftl, the source catalog. Same message ids,
# same order, same variables; keep it in step with en.ftl.
#
# Plurals: select with PLURAL($n), never on $n itself. Croatian has three CLDR cardinal categories
# (integers): one (n%10 = 1 and n%100 != 11: 1, 21, 31, 101, ...), few (n%10 in 2..4 and n%100
# not in 12..14: 2-4, 22-24, 102, ...) and other (0, 5-20, 25-30, 111, ...; also a non-number such
# as a withheld marker). *[other] is always the default variant.
# one: noun in the nominative singular (21 dvostruka prijava), verb in the singular;
# few: the paucal form (22 dvostruke prijave, 2 sudionika), verb in the plural;
# other: genitive plural (25 dvostrukih prijava, 11 sudionika), verb in the neuter singular.
# "Local Learning Lab" is rendered as "lokalna edukativna radionica", as the City of Rijeka names
# the project's labs in Croatian; a lab is a "radionica" throughout.

## The page frame (base.html)

report-title = Lokalne edukativne radionice: sudjelovanje i povratne informacije
skip-link = Prijeđi na izvješće
logo-alt = Logotip projekta { $project }
logo-alt-no-project = Logotip projekta
generated = Izrađeno { $date } na temelju datoteka radionica s prijavama, evidencijom dolazaka i povratnim informacijama.
contact = Kontakt: { $contact }
no-personal-data = Izrađeno alatom labreport. Ovo izvješće ne sadrži imena, adrese e-pošte ni brojeve telefona.
withheld-note = { $marker }: broj izostavljen radi zaštite osoba na koje se odnosi. Izostavljaju se brojevi od 1 do { $max } { PLURAL($max) ->
    [one] osobe
    [few] osobe
   *[other] osoba
}, kao i drugi brojevi iz kojih bi se neki od njih mogao izračunati (ukupni zbroj, druga kategorija, druga radionica). Izostavljaju se i stope, udjeli i prosječne ocjene izračunati iz izostavljenog broja.

## The interim report (index.html)

nav-contents = Sadržaj
section-summary = Sažetak
section-indicators = Pokazatelji
section-participation = Sudjelovanje
section-partners = Po partnerima i tijekom vremena
section-feedback = Povratne informacije
section-outcomes = Ishodi
section-labs = Radionice
section-data-quality = Kvaliteta podataka
indicators-intro-html = Prikazani onako kako ih traži praćenje programa. <strong>Sudjelovanja</strong>: dolasci, pri čemu se svaka osoba broji jednom po radionici kojoj je prisustvovala (uključujući sudionike bez prijave). <strong>Osobe</strong>: različite osobe koje su prisustvovale barem jednoj radionici; po vrsti dionika osoba se ubraja u svaku vrstu dionika u čijem je svojstvu došla. <strong>Organizacije</strong>: različite organizacije prisutnih sudionika, bez obzira na to kako su njihovi nazivi napisani; svaka se ubraja u vrstu dionika koju su osobe iz te organizacije u tom razdoblju najčešće navodile.
column-stakeholder-type = Vrsta dionika
column-participations = Sudjelovanja
column-people = Osobe
column-organisations = Organizacije
total = Ukupno
organisations-heading = Organizacije koje su sudjelovale
organisations-none = Nema: nijedan sudionik nije naveo organizaciju.
participation-intro = Prijave se broje jednom po osobi i radionici (dvostruke prijave uklonjene su prema adresi e-pošte). Svaka se osoba broji jednom u svakom sektoru koji je navela.
feedback-caption-all = Povratne informacije po pitanjima, sve radionice
outcomes-heading-index = Ishodi: ideje iz world café razgovora
own-topics = { PLURAL($n) ->
    [one] { $n } tema upisana u radne listove s ishodima ne odgovara nijednoj temi programa i navedena je pod vlastitim nazivom.
    [few] { $n } teme upisane u radne listove s ishodima ne odgovaraju nijednoj temi programa i navedene su pod vlastitim nazivima.
   *[other] { $n } tema upisanih u radne listove s ishodima ne odgovara nijednoj temi programa i navedeno je pod vlastitim nazivima.
}
recurring-heading = Teme koje se ponavljaju kod više partnera
recurring-none = Zasad nijedna tema nema ideja od više partnera.
top-ideas-heading = Ideje s najviše glasova
top-ideas-caption = Ideje s najviše glasova u svim radionicama (najviše deset), poredane od najvećeg broja glasova
column-rank = Rang
column-idea = Ideja
column-votes = Glasovi
column-lab = Radionica
top-ideas-none = Ni za jednu ideju nije se glasovalo.
follow-up-heading = Daljnje postupanje
follow-up-caption = Ideje s daljnjim postupanjem (nositelj ili sljedeći korak), po partnerima
column-partner = Partner
column-ideas = Ideje
column-with-follow-up = S daljnjim postupanjem
column-none-yet = Još bez postupanja
labs-intro = Svaka radionica ima vlastitu stranicu sa svojim brojčanim podacima i usporedbom s ranijim radionicama istog partnera.
labs-caption = Radionice kronološkim redom
quality-intro = Sve učitane datoteke, kako je koja protumačena i što se ni s čim nije podudaralo.
quality-duplicates = { PLURAL($n) ->
    [one] Uklonjena je { $n } dvostruka prijava;
    [few] Uklonjene su { $n } dvostruke prijave;
   *[other] Uklonjeno je { $n } dvostrukih prijava;
}
quality-walk-ins = { PLURAL($n) ->
    [one] zabilježen je { $n } sudionik bez prijave (upisao se na popis prisutnih, a nije bio prijavljen; ubrojen je kao sudionik nepoznate vrste dionika).
    [few] zabilježena su { $n } sudionika bez prijave (upisali su se na popis prisutnih, a nisu bili prijavljeni; ubrojeni su kao sudionici nepoznate vrste dionika).
   *[other] zabilježeno je { $n } sudionika bez prijave (upisali su se na popis prisutnih, a nisu bili prijavljeni; ubrojeni su kao sudionici nepoznate vrste dionika).
}
quality-withheld-counts-html = Broj redaka svakog radnog lista i učestalost svake oznake bez podudaranja izostavljeni su ({ $marker }) jer su to brojevi osoba. Naredba <code>labreport check</code> prikazuje ih voditelju projekta.
publishing-heading = Koje su datoteke namijenjene objavi
publishing-withheld-html = Stranice ovog izvješća (i njihove PDF inačice), njegovi grafikoni i tablice u <code>data/</code> (CSV datoteke, <code>figures.csv</code> i <code>labreport.xlsx</code>) izostavljaju male brojeve osoba, kako je objašnjeno na vrhu svake stranice koja sadrži takav broj: namijenjeni su objavi.
publishing-shown-html = Stranice ovog izvješća (i njihove PDF inačice), njegovi grafikoni i tablice u <code>data/</code> ne sadrže imena, adrese e-pošte ni brojeve telefona, ali prikazuju svaki broj, ma koliko malen: prije objave postavite <code>[privacy] min_cell</code> u konfiguraciji ako bi se ondje gdje ih objavljujete na temelju malog broja mogla prepoznati pojedina osoba.
publishing-summary-json-html = <code>summary.json</code> sadrži sve podatke u punoj razini detalja, uključujući male brojeve: to je datoteka voditelja projekta i nije namijenjena objavi.
sheets-heading = Učitane datoteke i radni listovi
sheets-caption = Učitane datoteke i radni listovi, s njihovom ulogom
column-file = Datoteka
column-sheet = Radni list
column-read-as = Učitano kao
column-rows = Retci
column-header-row = Redak zaglavlja
column-notes = Napomene
unmapped-heading = Oznake bez podudaranja
unmapped-caption = Oznake ubrojene kao nepoznate, s učestalošću pojavljivanja
column-label = Oznaka
column-column = Stupac
column-count = Broj
column-first-seen = Prva pojava
unmapped-none = Nema: sve su se oznake podudarale s taksonomijom.
rejected-heading = Neuključene datoteke i radni listovi
rejected-caption = Datoteke i radni listovi koje nije bilo moguće učitati, s razlogom
column-file-or-sheet = Datoteka ili radni list
column-reason = Razlog
none = Nema.

## A lab's page (lab.html)

breadcrumb = Navigacijski put
section-about = O ovoj radionici
fact-partner = Partner
fact-date = Datum
fact-date-none = nije naveden
fact-venue = Mjesto održavanja
fact-theme = Tema
feedback-caption-lab = Povratne informacije po pitanjima
outcomes-heading-lab = Ishodi: ideje iz world café razgovora
ideas-intro = Ideje su grupirane po temama i rangirane prema glasovima prisutnih; zatim slijede ideje bez glasova, redom kojim su zapisane.
topic-own = (zasebna tema)
idea-at-table = Za stolom: { $types }
idea-priority = Prioritet: { $priority }
idea-follow-up = Daljnje postupanje: { $follow_up }
idea-no-follow-up = Još bez daljnjeg postupanja
history-heading = Usporedba s ranijim radionicama partnera { $partner }
history-first = Ovo je prva radionica partnera { $partner } u izvješću.
history-caption = Radionice partnera { $partner } zaključno s ovom, kronološkim redom (najviše pet prethodnih)

## Shared pieces (macros.html)

chart-table-caption = { $title }: brojevi prikazani u grafikonu
column-question = Pitanje
column-mean = Prosjek
column-scale = Ljestvica
column-answers = Odgovori
column-spread = Raspodjela odgovora (odgovor: broj)
column-registrations = Prijave
column-attendees = Sudionici
column-attendance-rate = Stopa dolaznosti
column-feedback-responses = Odgovori na upitnik
column-overall = Opće zadovoljstvo
mark-new = Novo
mark-changed = Izmijenjeno
spread-heading = Raspodjela odgovora
spread-heading-others = Raspodjela odgovora na ostala pitanja
feedback-none = Još nema odgovora na upitnik za povratne informacije.

## Headline figures

headline-labs = Radionice
headline-labs-note = u organizaciji { $n } partnera
headline-people = Različite osobe
headline-people-note = { PLURAL($n) ->
    [one] od njih je { $n } bila prisutna
    [few] od njih su { $n } bile prisutne
   *[other] od njih je { $n } bilo prisutno
}
headline-people-note-withheld = od njih je { $marker } bilo prisutno
headline-rate-note = sudionika po prijavi
headline-no-attendance = nema podataka o dolascima
undated = bez datuma
unknown = Nepoznato
unchanged = bez promjene

## What changed since the previous report ($labs: the labs named, "; " between them)

changes-new = Novo u ovom izvješću: { $labs }.
changes-changed = Izmijenjeno: { $labs }.
changes-gone = Više nije u izvješću: { $labs }.
changes-config = Konfiguracija (labreport.toml) promijenjena je od prethodnog izvješća.
# What changed in a lab, in brackets after its name: $how is added, edited or removed; $roles
# what the file was read as ("registrations and feedback", the role-* words below).
changes-file = { $how ->
    [added] dodana datoteka učitana kao { $roles }
    [edited] izmijenjena datoteka učitana kao { $roles }
   *[removed] uklonjena datoteka učitana kao { $roles }
}
changes-lab-toml = { $how ->
    [added] dodan lab.toml
    [edited] izmijenjen lab.toml
   *[removed] uklonjen lab.toml
}
changes-file-not-read = { $how ->
    [added] dodana datoteka koja nije učitana
    [edited] izmijenjena datoteka koja nije učitana
   *[removed] uklonjena datoteka koja nije učitana
}

## Charts: titles, series and table columns
# $what is the rows' kind: stakeholder-type, sector, partner, lab or period.

chart-participation-by-stakeholder-type = Sudjelovanje po vrstama dionika
chart-participation-by-sector = Sudjelovanje po sektorima
chart-participation-by-partner = Sudjelovanje po partnerima
chart-over-time-labs = Sudjelovanje tijekom vremena, po radionicama
chart-over-time-periods = Sudjelovanje tijekom vremena, po razdobljima
chart-feedback-by-question = Povratne informacije: prosječna ocjena po pitanjima
chart-feedback-spread = Povratne informacije: raspodjela odgovora
chart-feedback-spread-scale = Povratne informacije: raspodjela odgovora na ljestvici { $scale }
chart-ideas-by-topic = Ideje po temama i partnerima
series-mean-rating = Prosječna ocjena
chart-answer-lowest = { $answer } najniže
chart-answer-highest = { $answer } najviše
column-registered = Prijavljeni
column-attended = Prisutni
column-sector = Sektor
column-period = Razdoblje
column-topic = Tema
column-all-labs = Sve radionice

## Findings: what each chart shows, in words

finding-no-registrations = { $what ->
    [stakeholder-type] Nema prijava za prikaz po vrstama dionika.
    [sector] Nema prijava za prikaz po sektorima.
    [partner] Nema prijava za prikaz po partnerima.
    [lab] Nema prijava za prikaz po radionicama.
   *[period] Nema prijava za prikaz po razdobljima.
}
finding-registrations-withheld = { $what ->
    [stakeholder-type] Prijave po vrstama dionika izostavljene su ({ $marker }) radi zaštite osoba na koje se odnose.
    [sector] Prijave po sektorima izostavljene su ({ $marker }) radi zaštite osoba na koje se odnose.
    [partner] Prijave po partnerima izostavljene su ({ $marker }) radi zaštite osoba na koje se odnose.
    [lab] Prijave po radionicama izostavljene su ({ $marker }) radi zaštite osoba na koje se odnose.
   *[period] Prijave po razdobljima izostavljene su ({ $marker }) radi zaštite osoba na koje se odnose.
}
finding-largest = { $what ->
    [stakeholder-type] Najveća skupina po vrsti dionika bila je { $label }: { $n } { PLURAL($n) ->
        [few] prijave
       *[other] prijava
    } od ukupno { $total } ({ $share }).
    [sector] Najveća skupina po sektoru bila je { $label }: { $n } { PLURAL($n) ->
        [few] prijave
       *[other] prijava
    } od ukupno { $total } ({ $share }).
   *[partner] Najviše prijava imao je partner { $label }: { $n } od ukupno { $total } ({ $share }).
}
finding-largest-no-total = { $what ->
    [stakeholder-type] Najveća skupina po vrsti dionika bila je { $label }: { $n } { PLURAL($n) ->
        [few] prijave.
       *[other] prijava.
    }
    [sector] Najveća skupina po sektoru bila je { $label }: { $n } { PLURAL($n) ->
        [few] prijave.
       *[other] prijava.
    }
   *[partner] Najviše prijava imao je partner { $label }: { $n }.
}
finding-largest-tied = { $what ->
    [stakeholder-type] Najveće skupine po vrsti dionika bile su { $labels }: svaka je imala { $n } { PLURAL($n) ->
        [one] prijavu
        [few] prijave
       *[other] prijava
    } od ukupno { $total } ({ $share }).
    [sector] Najveće skupine po sektoru bile su { $labels }: svaka je imala { $n } { PLURAL($n) ->
        [one] prijavu
        [few] prijave
       *[other] prijava
    } od ukupno { $total } ({ $share }).
   *[partner] Najviše prijava imali su partneri { $labels }, svaki po { $n } od ukupno { $total } ({ $share }).
}
finding-largest-tied-no-total = { $what ->
    [stakeholder-type] Najveće skupine po vrsti dionika bile su { $labels }: svaka je imala { $n } { PLURAL($n) ->
        [one] prijavu.
        [few] prijave.
       *[other] prijava.
    }
    [sector] Najveće skupine po sektoru bile su { $labels }: svaka je imala { $n } { PLURAL($n) ->
        [one] prijavu.
        [few] prijave.
       *[other] prijava.
    }
   *[partner] Najviše prijava imali su partneri { $labels }, svaki po { $n }.
}
finding-next = Slijedi { $label } ({ $n }).
finding-attended = { PLURAL($n) ->
    [one] Od prijavljenih iz skupine { $label } prisutna je bila { $n } osoba ({ $share }).
    [few] Od prijavljenih iz skupine { $label } prisutne su bile { $n } osobe ({ $share }).
   *[other] Od prijavljenih iz skupine { $label } prisutno je bilo { $n } osoba ({ $share }).
}
finding-some-withheld = Neki su brojevi izostavljeni ({ $marker }) radi zaštite osoba na koje se odnose.
finding-some-withheld-largest = Neki su brojevi izostavljeni ({ $marker }) radi zaštite osoba na koje se odnose: najveća prikazana skupina ne mora biti i stvarno najveća.
finding-range = { $what ->
    [lab] Broj prijava po radionici (ukupno { $count } { PLURAL($count) ->
        [few] radionice
       *[other] radionica
    }) kretao se od { $min } ({ $min_label }) do { $max } ({ $max_label }).
   *[period] Broj prijava po razdoblju (ukupno { $count } { PLURAL($count) ->
        [one] razdoblje
       *[other] razdoblja
    }) kretao se od { $min } ({ $min_label }) do { $max } ({ $max_label }).
}
finding-so-far = { $what ->
    [lab] { PLURAL($count) ->
        [few] Zasad { $count } radionice.
       *[other] Zasad { $count } radionica.
    }
   *[period] { PLURAL($count) ->
        [one] Zasad { $count } razdoblje.
       *[other] Zasad { $count } razdoblja.
    }
}
finding-mean = Prosječna ocjena za pitanje „{ $question }” iznosila je { $mean } od { $top }.
finding-means = Sudionici su najviše ocijenili pitanje „{ $best }” ({ $best_mean } od { $best_top }), a najniže pitanje „{ $worst }” ({ $worst_mean } od { $worst_top }).
finding-means-withheld = Sve su prosječne ocjene izostavljene ({ $marker }): premalo je odgovora ili je neki odgovor dalo premalo osoba.
# $high and $low: the answers above and below the middle of the scale ("4 or 5", "1 or 2").
finding-spread-one = Na pitanje „{ $question }” { $high_share } odgovora glasilo je { $high }, a { $low_share } glasilo je { $low }.
finding-spread = Najviše odgovora s ocjenom { $high } imalo je pitanje „{ $best }” ({ $best_share }), a najmanje pitanje „{ $worst }” ({ $worst_share }).
finding-spread-withheld = Raspodjela odgovora izostavljena je ({ $marker }): neke je odgovore dalo premalo osoba.
# $score is signed: +12, -3.
nps = Net Promoter Score za pitanje „{ $question }”: { $score } (na temelju { $n } odgovora: udio ocjena 9 i 10 umanjen za udio ocjena od 0 do 6, na ljestvici od −100 do +100).
nps-withheld = Net Promoter Score za pitanje „{ $question }” izostavljen je ({ $marker }): premalo je odgovora ili je neki odgovor dalo premalo osoba.

## A lab against the partner's previous one ($number: the lab's place in the partner's series)

history-change-more = Ovo je { $number }. radionica partnera { $partner } u izvješću. Imala je { $n } { PLURAL($n) ->
    [one] prijavu
    [few] prijave
   *[other] prijava
} ({ $lab }), za { $diff } više od prethodne radionice tog partnera, { $previous } ({ $n_previous }).
history-change-fewer = Ovo je { $number }. radionica partnera { $partner } u izvješću. Imala je { $n } { PLURAL($n) ->
    [one] prijavu
    [few] prijave
   *[other] prijava
} ({ $lab }), za { $diff } manje od prethodne radionice tog partnera, { $previous } ({ $n_previous }).
history-change-same = Ovo je { $number }. radionica partnera { $partner } u izvješću. Imala je { $n } { PLURAL($n) ->
    [one] prijavu
    [few] prijave
   *[other] prijava
} ({ $lab }), jednako kao i prethodna radionica tog partnera, { $previous } ({ $n_previous }).
history-change-withheld = Ovo je { $number }. radionica partnera { $partner } u izvješću. Njezine prijave i prijave prethodne radionice tog partnera ovdje se ne uspoređuju: jedan od tih brojeva je izostavljen ({ $marker }).

## Indicators

indicators-caption = { PLURAL($n) ->
    [one] { $period }: sudjelovanja, osobe i organizacije po vrstama dionika ({ $n } radionica)
    [few] { $period }: sudjelovanja, osobe i organizacije po vrstama dionika ({ $n } radionice)
   *[other] { $period }: sudjelovanja, osobe i organizacije po vrstama dionika ({ $n } radionica)
}
# $participations, $people, $organisations: "40 → 43 (+3)".
indicators-change = U usporedbi s razdobljem { $previous }: sudjelovanja { $participations }, osobe { $people }, organizacije { $organisations }. Prvi put u programu u ovom razdoblju: { $new_people } { PLURAL($new_people) ->
    [few] osobe
   *[other] osoba
} i { $new_organisations } { PLURAL($new_organisations) ->
    [few] organizacije.
   *[other] organizacija.
}
indicators-no-period = Radionice izvan izvještajnih razdoblja
indicators-all-periods = Sva razdoblja ukupno
indicators-no-period-note = { PLURAL($n) ->
    [one] { $n } radionica ne pripada nijednom izvještajnom razdoblju (bez datuma ili s datumom izvan svih razdoblja): ubraja se samo u kumulativne podatke.
    [few] { $n } radionice ne pripadaju nijednom izvještajnom razdoblju (bez datuma ili s datumom izvan svih razdoblja): ubrajaju se samo u kumulativne podatke.
   *[other] { $n } radionica ne pripada nijednom izvještajnom razdoblju (bez datuma ili s datumom izvan svih razdoblja): ubraja se samo u kumulativne podatke.
}
indicators-no-attendance-note = { PLURAL($n) ->
    [one] { $n } radionica nema podataka o dolascima (bez popisa prisutnih, stupca o prisutnosti ili izvješća sa sastanka): njezine se prijave ne ubrajaju u sudjelovanja.
    [few] { $n } radionice nemaju podataka o dolascima (bez popisa prisutnih, stupca o prisutnosti ili izvješća sa sastanka): njihove se prijave ne ubrajaju u sudjelovanja.
   *[other] { $n } radionica nema podataka o dolascima (bez popisa prisutnih, stupca o prisutnosti ili izvješća sa sastanka): njihove se prijave ne ubrajaju u sudjelovanja.
}

## The world café's ideas

idea-count = { PLURAL($n) ->
    [few] { $n } ideje
   *[other] { $n } ideja
}
idea-votes = { PLURAL($n) ->
    [one] { $n } glas
    [few] { $n } glasa
   *[other] { $n } glasova
}
# $tables and $rounds are lists ("1, 2 and 3"); $n and $rounds_n how many are in them.
idea-tables = { PLURAL($n) ->
    [one] Stol { $tables }
   *[other] Stolovi { $tables }
}
idea-rounds = { PLURAL($n) ->
    [one] Krug { $rounds }
   *[other] Krugovi { $rounds }
}
idea-tables-rounds = { PLURAL($n) ->
    [one] Stol { $tables }
   *[other] Stolovi { $tables }
}, { PLURAL($rounds_n) ->
    [one] krug { $rounds }
   *[other] krugovi { $rounds }
}
ideas-lab-none = { PLURAL($ideas) ->
    [one] { $ideas } ideja razvrstana
    [few] { $ideas } ideje razvrstane
   *[other] { $ideas } ideja razvrstanih
} u { $topics } { PLURAL($topics) ->
    [one] temu
    [few] teme
   *[other] tema
}; nijedna još nema daljnjeg postupanja.
ideas-lab-all = { PLURAL($ideas) ->
    [one] { $ideas } ideja razvrstana u { $topics } { PLURAL($topics) ->
        [one] temu
        [few] teme
       *[other] tema
    }; ima daljnje postupanje.
    [few] { $ideas } ideje razvrstane u { $topics } { PLURAL($topics) ->
        [one] temu
        [few] teme
       *[other] tema
    }; svaka ima daljnje postupanje.
   *[other] { $ideas } ideja razvrstanih u { $topics } { PLURAL($topics) ->
        [one] temu
        [few] teme
       *[other] tema
    }; svaka ima daljnje postupanje.
}
ideas-lab-some = { PLURAL($ideas) ->
    [one] { $ideas } ideja razvrstana
    [few] { $ideas } ideje razvrstane
   *[other] { $ideas } ideja razvrstanih
} u { $topics } { PLURAL($topics) ->
    [one] temu
    [few] teme
   *[other] tema
}; { PLURAL($with) ->
    [few] { $with } imaju daljnje postupanje
   *[other] { $with } ima daljnje postupanje
}, a { $without } { PLURAL($without) ->
    [few] još nemaju.
   *[other] još nema.
}
ideas-programme-none = { PLURAL($ideas) ->
    [one] Na radionicama je nastala { $ideas } ideja razvrstana
    [few] Na radionicama su nastale { $ideas } ideje razvrstane
   *[other] Na radionicama je nastalo { $ideas } ideja razvrstanih
} u { $topics } { PLURAL($topics) ->
    [one] temu
    [few] teme
   *[other] tema
}; nijedna još nema daljnjeg postupanja.
ideas-programme-all = { PLURAL($ideas) ->
    [one] Na radionicama je nastala { $ideas } ideja razvrstana u { $topics } { PLURAL($topics) ->
        [one] temu
        [few] teme
       *[other] tema
    }; ima daljnje postupanje.
    [few] Na radionicama su nastale { $ideas } ideje razvrstane u { $topics } { PLURAL($topics) ->
        [one] temu
        [few] teme
       *[other] tema
    }; svaka ima daljnje postupanje.
   *[other] Na radionicama je nastalo { $ideas } ideja razvrstanih u { $topics } { PLURAL($topics) ->
        [one] temu
        [few] teme
       *[other] tema
    }; svaka ima daljnje postupanje.
}
ideas-programme-some = { PLURAL($ideas) ->
    [one] Na radionicama je nastala { $ideas } ideja razvrstana
    [few] Na radionicama su nastale { $ideas } ideje razvrstane
   *[other] Na radionicama je nastalo { $ideas } ideja razvrstanih
} u { $topics } { PLURAL($topics) ->
    [one] temu
    [few] teme
   *[other] tema
}; { PLURAL($with) ->
    [few] { $with } imaju daljnje postupanje
   *[other] { $with } ima daljnje postupanje
}, a { $without } { PLURAL($without) ->
    [few] još nemaju.
   *[other] još nema.
}
no-topic = Tema nije navedena
# An idea's follow-up with its deadline, as written in the sheet.
follow-up-deadline = { $follow_up } (rok: { $deadline })
ideas-chart-none = Nema ideja za prikaz.
ideas-chart-most = Najviše ideja imala je tema { $topic }: { $n } od ukupno { $total }.
ideas-chart-most-tied = Najviše ideja imale su teme { $topics }, svaka po { $n } od ukupno { $total }.

## The data-quality appendix

role-registrations = prijave
role-attendance = evidencija dolazaka
role-feedback = povratne informacije
role-outcomes = ishodi
field-stakeholder-type = Vrsta dionika
field-sector = Sektor
totals-rows-left-out = { PLURAL($n) ->
    [one] { $n } zbirni redak nije uključen
    [few] { $n } zbirna retka nisu uključena
   *[other] { $n } zbirnih redaka nije uključeno
}
not-read = nije učitano
# Why a sheet was not read ($row: the header's row; $role: a role-* word; $headers: the
# columns' headers, quoted and listed; $columns: what it has, e.g. "Stakeholder type and
# Sector"; $tool: a meeting tool, e.g. "Microsoft Teams attendance report").
skip-hidden = radni list skriven je u radnoj knjizi pa nije učitan
skip-no-rows = radni list ima zaglavlje (redak { $row }), ali ispod njega nema redaka koji bi se učitali kao { $role }; je li izvezen pravi radni list?
skip-no-header = u prvim retcima nije prepoznat nijedan stupac; očekuju se zaglavlja poput E-pošta, Ime i prezime, Vrsta organizacije, Sektor, Prisutan ili pitanje za povratne informacije
skip-no-role = u stupcima ({ $headers }) nema adrese e-pošte, imena, vrste dionika, sektora ni pitanja za povratne informacije pa radni list nije učitan
skip-no-people = radni list sadržava { $columns }, ali ne i imena ili adrese e-pošte pa nije učitan kao popis prijava: ne bi se moglo osigurati da se svaka osoba ubroji samo jednom
skip-no-participants = u izvješću o prisutnosti ({ $tool }) nije naveden nijedan sudionik (zaglavlje je u retku { $row }); je li preuzeto izvješće s pravog sastanka?
# An outcome sheet in the files table: $shape is rows, form-question, mentimeter or voters.
outcome-sheet-note = { $shape ->
    [rows] ishodi world café razgovora, jedan redak po ideji: { PLURAL($n) ->
        [one] { $n } ideja
        [few] { $n } ideje
       *[other] { $n } ideja
    }
    [form-question] ideje iz pitanja u obrascu: { PLURAL($n) ->
        [one] { $n } ideja
        [few] { $n } ideje
       *[other] { $n } ideja
    }
    [mentimeter] ishodi world café razgovora, rezultati iz Mentimetera (jedan blok po slajdu): { PLURAL($n) ->
        [one] { $n } ideja
        [few] { $n } ideje
       *[other] { $n } ideja
    }
   *[voters] glasači iz Mentimetera: jedan redak po osobi, nije učitano (njihovi su odgovori na radnim listovima sesija)
}

## Reporting periods made by labreport (half-years) when the config names none
# As the Croatian Bureau of Statistics writes a span of months: lower-case months, spaced en
# dash, the year with its ordinal dot.

period-h1 = siječanj – lipanj { $year }.
period-h2 = srpanj – prosinac { $year }.

## The workbook (data/labreport.xlsx): sheet names (at most 31 characters, none of [ ] : * ? / \) and headers

sheet-cover = Naslovnica
sheet-indicators = Pokazatelji
sheet-by-stakeholder-type = Po vrstama dionika
sheet-by-sector = Po sektorima
sheet-by-partner = Po partnerima
sheet-labs = Radionice
sheet-feedback = Povratne informacije
sheet-organisations = Organizacije
sheet-outcomes = Ishodi
column-period-label = Naziv razdoblja
column-question-mean = { $question } (prosjek)
column-nps = NPS
column-organisation = Organizacija
column-labs = Radionice
cover-project = Projekt
cover-programme = Program
cover-funding = Financiranje
cover-contact = Kontakt
cover-generated = Datum izrade
cover-labs = Radionice u izvješću
cover-withheld = Izostavljeni brojevi
cover-sheets = Radni listovi
workbook-comment = Izrađeno alatom labreport
