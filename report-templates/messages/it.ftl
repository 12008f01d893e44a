# labreport's report, in Italian (italiano): translated from en.ftl, the English source catalog,
# with the same messages, ids, order and variables.
#
# Plural forms: PLURAL($n) answers with CLDR's cardinal categories for Italian, as ICU4X
# computes them: one (1), many (1,000,000, 2,000,000, ...: whole millions) and other (0, 2-999,999
# and the rest). Italian nouns have only a singular and a plural, so [one] holds the singular and
# [many] repeats the text of *[other]. Select on PLURAL($n), never on $n itself.
# "Local Learning Lab" stays in English, as the project's own name (invariable in Italian:
# "i Local Learning Lab"); a lab in running text is a "laboratorio".

## The page frame (base.html)

report-title = Local Learning Lab: partecipazione e feedback
skip-link = Vai al rapporto
logo-alt = Logo di { $project }
logo-alt-no-project = Logo del progetto
generated = Generato in data { $date } a partire dai file di iscrizione, presenza e feedback dei laboratori.
contact = Contatti: { $contact }
no-personal-data = Realizzato con labreport. Il presente rapporto non contiene nomi, indirizzi e-mail né numeri di telefono.
withheld-note = { $marker }: conteggio oscurato a tutela delle persone a cui si riferisce. Sono oscurati i conteggi { PLURAL($max) ->
        [one] pari a { $max } persona
        [many] da 1 a { $max } persone
       *[other] da 1 a { $max } persone
    }, nonché gli altri conteggi dai quali uno di essi potrebbe essere ricavato (un totale, un'altra categoria, un altro laboratorio). Sono oscurati anche i tassi, le quote e le valutazioni medie calcolati a partire da un conteggio oscurato.

## The interim report (index.html)

nav-contents = Indice
section-summary = Sintesi
section-indicators = Indicatori
section-participation = Partecipazione
section-partners = Per partner e nel tempo
section-feedback = Feedback
section-outcomes = Risultati
section-labs = I laboratori
section-data-quality = Qualità dei dati
indicators-intro-html = Nella forma richiesta dal monitoraggio del programma. <strong>Partecipazioni</strong>: presenze, con ogni persona conteggiata una volta per ciascun laboratorio a cui ha partecipato (compresi i partecipanti non iscritti). <strong>Persone</strong>: persone distinte che hanno partecipato ad almeno un laboratorio; nella ripartizione per tipologia di stakeholder, ogni persona è conteggiata in ciascuna delle tipologie con cui ha partecipato. <strong>Organizzazioni</strong>: organizzazioni distinte di appartenenza dei partecipanti, indipendentemente da come ne sia stato scritto il nome; ciascuna è conteggiata nella tipologia di stakeholder indicata più spesso, nel periodo in questione, dai suoi partecipanti.
column-stakeholder-type = Tipologia di stakeholder
column-participations = Partecipazioni
column-people = Persone
column-organisations = Organizzazioni
total = Totale
organisations-heading = Organizzazioni partecipanti
organisations-none = Nessuna: nessun partecipante ha indicato un'organizzazione.
participation-intro = Le iscrizioni sono conteggiate una volta per persona e per laboratorio (duplicati eliminati in base all'indirizzo e-mail). Ogni persona è conteggiata una volta in ciascuno dei settori che ha indicato.
feedback-caption-all = Feedback per domanda, tutti i laboratori
outcomes-heading-index = Risultati: le idee dei world café
own-topics = { PLURAL($n) ->
    [one] { $n } tema indicato nei fogli dei risultati non corrisponde ad alcuno dei temi del programma ed è riportato con il proprio nome.
    [many] { $n } temi indicati nei fogli dei risultati non corrispondono ad alcuno dei temi del programma e sono riportati ciascuno con il proprio nome.
   *[other] { $n } temi indicati nei fogli dei risultati non corrispondono ad alcuno dei temi del programma e sono riportati ciascuno con il proprio nome.
}
recurring-heading = Temi ricorrenti tra più partner
recurring-none = Nessun tema raccoglie finora idee di più di un partner.
top-ideas-heading = Le idee più votate
top-ideas-caption = Le idee con più voti nell'insieme dei laboratori (al massimo dieci), in ordine decrescente di voti
column-rank = Posizione
column-idea = Idea
column-votes = Voti
column-lab = Laboratorio
top-ideas-none = Nessuna idea è stata votata.
follow-up-heading = Follow-up
follow-up-caption = Idee con un follow-up (un responsabile o un passo successivo), per partner
column-partner = Partner
column-ideas = Idee
column-with-follow-up = Con follow-up
column-none-yet = Senza follow-up finora
labs-intro = Ogni laboratorio ha una pagina propria con i relativi dati e il confronto con i laboratori precedenti dello stesso partner.
labs-caption = Laboratori in ordine cronologico
quality-intro = Ogni file letto, come è stato interpretato e ciò che non ha trovato corrispondenza.
quality-duplicates = { PLURAL($n) ->
    [one] { $n } iscrizione duplicata eliminata;
    [many] { $n } iscrizioni duplicate eliminate;
   *[other] { $n } iscrizioni duplicate eliminate;
}
quality-walk-ins = { PLURAL($n) ->
    [one] { $n } partecipante non iscritto (risulta tra i presenti senza essersi iscritto ed è conteggiato come partecipante di tipologia non nota).
    [many] { $n } partecipanti non iscritti (risultano tra i presenti senza essersi iscritti e sono conteggiati come partecipanti di tipologia non nota).
   *[other] { $n } partecipanti non iscritti (risultano tra i presenti senza essersi iscritti e sono conteggiati come partecipanti di tipologia non nota).
}
quality-withheld-counts-html = Le righe di ciascun foglio e il numero di occorrenze di ciascuna etichetta senza corrispondenza sono oscurati ({ $marker }): si tratta di conteggi di persone. <code>labreport check</code> li mostra al responsabile di progetto.
publishing-heading = Quali file sono destinati alla pubblicazione
publishing-withheld-html = Le pagine di questo rapporto (e i relativi PDF), i grafici e le tabelle in <code>data/</code> (i file CSV, <code>figures.csv</code> e <code>labreport.xlsx</code>) oscurano i piccoli conteggi di persone, come spiegato in cima a ogni pagina in cui ne compare uno: sono destinati alla pubblicazione.
publishing-shown-html = Le pagine di questo rapporto (e i relativi PDF), i grafici e le tabelle in <code>data/</code> non contengono nomi, indirizzi e-mail né numeri di telefono, ma mostrano tutti i conteggi, per quanto piccoli: prima di pubblicarli in un contesto in cui un piccolo conteggio potrebbe rendere riconoscibile una persona, impostare <code>[privacy] min_cell</code> nella configurazione.
publishing-summary-json-html = <code>summary.json</code> contiene tutti i dati nel massimo dettaglio, compresi i piccoli conteggi: è il file del responsabile di progetto e non è destinato alla pubblicazione.
sheets-heading = File e fogli letti
sheets-caption = File e fogli letti, con il rispettivo ruolo
column-file = File
column-sheet = Foglio
column-read-as = Letto come
column-rows = Righe
column-header-row = Riga di intestazione
column-notes = Note
unmapped-heading = Etichette senza corrispondenza
unmapped-caption = Etichette conteggiate come non note, con il numero di occorrenze
column-label = Etichetta
column-column = Colonna
column-count = Occorrenze
column-first-seen = Prima occorrenza
unmapped-none = Nessuna: tutte le etichette hanno trovato corrispondenza nella tassonomia.
rejected-heading = File e fogli esclusi
rejected-caption = File e fogli che non è stato possibile leggere, con il motivo
column-file-or-sheet = File o foglio
column-reason = Motivo
none = Nessuno.

## A lab's page (lab.html)

breadcrumb = Percorso di navigazione
section-about = Informazioni sul laboratorio
fact-partner = Partner
fact-date = Data
fact-date-none = non indicata
fact-venue = Sede
fact-theme = Tema
feedback-caption-lab = Feedback per domanda
outcomes-heading-lab = Risultati: le idee del world café
ideas-intro = Le idee sono raggruppate per tema e ordinate in base ai voti espressi in sala; seguono le idee senza voti, nell'ordine in cui sono state scritte.
topic-own = (tema a sé stante)
idea-at-table = Al tavolo: { $types }
idea-priority = Priorità: { $priority }
idea-follow-up = Follow-up: { $follow_up }
idea-no-follow-up = Nessun follow-up finora
history-heading = Confronto con i laboratori precedenti di { $partner }
history-first = Questo è il primo laboratorio di { $partner } presente nel rapporto.
history-caption = Laboratori di { $partner } fino a questo compreso, in ordine cronologico (al massimo i cinque precedenti)

## Shared pieces (macros.html)

chart-table-caption = { $title }: i valori del grafico
column-question = Domanda
column-mean = Media
column-scale = Scala
column-answers = Risposte
column-spread = Distribuzione delle risposte (risposta: numero)
column-registrations = Iscrizioni
column-attendees = Partecipanti
column-attendance-rate = Tasso di presenza
column-feedback-responses = Questionari di feedback
column-overall = Soddisfazione complessiva
mark-new = Nuovo
mark-changed = Modificato
spread-heading = Distribuzione delle risposte
spread-heading-others = Distribuzione delle risposte alle altre domande
feedback-none = Non è ancora pervenuto alcun questionario di feedback.

## Headline figures

headline-labs = Laboratori
headline-labs-note = organizzati da { $n } partner
headline-people = Persone distinte
headline-people-note = { PLURAL($n) ->
    [one] di cui { $n } presente
    [many] di cui { $n } presenti
   *[other] di cui { $n } presenti
}
headline-people-note-withheld = di cui { $marker } presenti
headline-rate-note = partecipanti per iscrizione
headline-no-attendance = nessun dato sulle presenze
undated = senza data
unknown = Non noto
unchanged = nessuna variazione

## What changed since the previous report ($labs: the labs named, "; " between them)

changes-new = Laboratori nuovi in questo rapporto: { $labs }.
changes-changed = Laboratori modificati: { $labs }.
changes-gone = Laboratori non più presenti nel rapporto: { $labs }.
changes-config = La configurazione (labreport.toml) è cambiata rispetto al rapporto precedente.
# What changed in a lab, in brackets after its name: $how is added, edited or removed; $roles
# what the file was read as ("registrations and feedback", the role-* words below).
changes-file = { $how ->
    [added] file di { $roles } aggiunto
    [edited] file di { $roles } modificato
   *[removed] file di { $roles } rimosso
}
changes-lab-toml = { $how ->
    [added] lab.toml aggiunto
    [edited] lab.toml modificato
   *[removed] lab.toml rimosso
}
changes-file-not-read = { $how ->
    [added] file non letto aggiunto
    [edited] file non letto modificato
   *[removed] file non letto rimosso
}

## Charts: titles, series and table columns
# $what is the rows' kind: stakeholder-type, sector, partner, lab or period.

chart-participation-by-stakeholder-type = Partecipazione per tipologia di stakeholder
chart-participation-by-sector = Partecipazione per settore
chart-participation-by-partner = Partecipazione per partner
chart-over-time-labs = Partecipazione nel tempo, per laboratorio
chart-over-time-periods = Partecipazione nel tempo, per periodo
chart-feedback-by-question = Feedback: valutazione media per domanda
chart-feedback-spread = Feedback: distribuzione delle risposte
chart-feedback-spread-scale = Feedback: distribuzione delle risposte sulla scala { $scale }
chart-ideas-by-topic = Idee per tema e partner
series-mean-rating = Valutazione media
chart-answer-lowest = { $answer } minimo
chart-answer-highest = { $answer } massimo
column-registered = Iscritti
column-attended = Presenti
column-sector = Settore
column-period = Periodo
column-topic = Tema
column-all-labs = Tutti i laboratori

## Findings: what each chart shows, in words

finding-no-registrations = { $what ->
    [stakeholder-type] Nessuna iscrizione da mostrare per tipologia di stakeholder.
    [sector] Nessuna iscrizione da mostrare per settore.
    [partner] Nessuna iscrizione da mostrare per partner.
    [lab] Nessuna iscrizione da mostrare per laboratorio.
   *[period] Nessuna iscrizione da mostrare per periodo.
}
finding-registrations-withheld = { $what ->
    [stakeholder-type] Le iscrizioni per tipologia di stakeholder sono oscurate ({ $marker }) a tutela delle persone a cui si riferiscono.
    [sector] Le iscrizioni per settore sono oscurate ({ $marker }) a tutela delle persone a cui si riferiscono.
    [partner] Le iscrizioni per partner sono oscurate ({ $marker }) a tutela delle persone a cui si riferiscono.
    [lab] Le iscrizioni per laboratorio sono oscurate ({ $marker }) a tutela delle persone a cui si riferiscono.
   *[period] Le iscrizioni per periodo sono oscurate ({ $marker }) a tutela delle persone a cui si riferiscono.
}
finding-largest = { $what ->
    [stakeholder-type] La tipologia di stakeholder più rappresentata è stata { $label }: { PLURAL($n) ->
        [one] { $n } iscrizione su { $total } ({ $share }).
        [many] { $n } iscrizioni su { $total } ({ $share }).
       *[other] { $n } iscrizioni su { $total } ({ $share }).
    }
    [sector] Il settore più rappresentato è stato { $label }: { PLURAL($n) ->
        [one] { $n } iscrizione su { $total } ({ $share }).
        [many] { $n } iscrizioni su { $total } ({ $share }).
       *[other] { $n } iscrizioni su { $total } ({ $share }).
    }
   *[partner] Il partner con più iscrizioni è stato { $label }: { $n } su { $total } ({ $share }).
}
finding-largest-no-total = { $what ->
    [stakeholder-type] La tipologia di stakeholder più rappresentata è stata { $label }: { PLURAL($n) ->
        [one] { $n } iscrizione.
        [many] { $n } iscrizioni.
       *[other] { $n } iscrizioni.
    }
    [sector] Il settore più rappresentato è stato { $label }: { PLURAL($n) ->
        [one] { $n } iscrizione.
        [many] { $n } iscrizioni.
       *[other] { $n } iscrizioni.
    }
   *[partner] Il partner con più iscrizioni è stato { $label }: { $n }.
}
finding-largest-tied = { $what ->
    [stakeholder-type] Le tipologie di stakeholder più rappresentate sono state { $labels }, con { PLURAL($n) ->
        [one] { $n } iscrizione
        [many] { $n } iscrizioni
       *[other] { $n } iscrizioni
    } su { $total } ({ $share }) ciascuna.
    [sector] I settori più rappresentati sono stati { $labels }, con { PLURAL($n) ->
        [one] { $n } iscrizione
        [many] { $n } iscrizioni
       *[other] { $n } iscrizioni
    } su { $total } ({ $share }) ciascuno.
   *[partner] I partner con più iscrizioni sono stati { $labels }, con { $n } su { $total } ({ $share }) ciascuno.
}
finding-largest-tied-no-total = { $what ->
    [stakeholder-type] Le tipologie di stakeholder più rappresentate sono state { $labels }, con { PLURAL($n) ->
        [one] { $n } iscrizione
        [many] { $n } iscrizioni
       *[other] { $n } iscrizioni
    } ciascuna.
    [sector] I settori più rappresentati sono stati { $labels }, con { PLURAL($n) ->
        [one] { $n } iscrizione
        [many] { $n } iscrizioni
       *[other] { $n } iscrizioni
    } ciascuno.
   *[partner] I partner con più iscrizioni sono stati { $labels }, con { $n } ciascuno.
}
finding-next = Segue { $label }, con { $n }.
finding-attended = { PLURAL($n) ->
    [one] Del gruppo { $label } ha partecipato { $n } persona ({ $share }).
    [many] Del gruppo { $label } hanno partecipato { $n } persone ({ $share }).
   *[other] Del gruppo { $label } hanno partecipato { $n } persone ({ $share }).
}
finding-some-withheld = Alcuni conteggi sono oscurati ({ $marker }) a tutela delle persone a cui si riferiscono.
finding-some-withheld-largest = Alcuni conteggi sono oscurati ({ $marker }) a tutela delle persone a cui si riferiscono: il gruppo più numeroso tra quelli mostrati potrebbe non essere il più numeroso in assoluto.
finding-range = { $what ->
    [lab] Su un totale di { $count } laboratori, le iscrizioni per laboratorio sono variate da { $min } ({ $min_label }) a { $max } ({ $max_label }).
   *[period] Su un totale di { $count } periodi, le iscrizioni per periodo sono variate da { $min } ({ $min_label }) a { $max } ({ $max_label }).
}
finding-so-far = { $what ->
    [lab] { PLURAL($count) ->
        [one] Finora i dati riguardano { $count } laboratorio.
        [many] Finora i dati riguardano { $count } laboratori.
       *[other] Finora i dati riguardano { $count } laboratori.
    }
   *[period] { PLURAL($count) ->
        [one] Finora i dati riguardano { $count } periodo.
        [many] Finora i dati riguardano { $count } periodi.
       *[other] Finora i dati riguardano { $count } periodi.
    }
}
finding-mean = La domanda «{ $question }» ha ottenuto una valutazione media di { $mean } su { $top }.
finding-means = I partecipanti hanno dato la valutazione più alta a «{ $best }» ({ $best_mean } su { $best_top }) e la più bassa a «{ $worst }» ({ $worst_mean } su { $worst_top }).
finding-means-withheld = Tutte le valutazioni medie sono oscurate ({ $marker }): le risposte sono troppo poche, oppure una risposta è stata data da troppo poche persone.
# $high and $low: the answers above and below the middle of the scale ("4 or 5", "1 or 2").
finding-spread-one = Tra le risposte alla domanda «{ $question }», { $high_share } sono pari a { $high } e { $low_share } a { $low }.
finding-spread = La quota più alta di risposte pari a { $high } si registra per «{ $best }» ({ $best_share }), la più bassa per «{ $worst }» ({ $worst_share }).
finding-spread-withheld = La distribuzione delle risposte è oscurata ({ $marker }): alcune risposte sono state date da troppo poche persone.
# $score is signed: +12, -3.
nps = Net Promoter Score per «{ $question }»: { $score } ({ PLURAL($n) ->
    [one] calcolato su { $n } risposta
    [many] calcolato su { $n } risposte
   *[other] calcolato su { $n } risposte
}: la quota dei voti 9 e 10 meno la quota dei voti da 0 a 6, su una scala da −100 a +100).
nps-withheld = Il Net Promoter Score per «{ $question }» è oscurato ({ $marker }): le risposte sono troppo poche, oppure una risposta è stata data da troppo poche persone.

## A lab against the partner's previous one ($number: the lab's place in the partner's series)

history-change-more = Questo è il laboratorio n. { $number } di { $partner } presente nel rapporto. { PLURAL($n) ->
    [one] Ha registrato { $n } iscrizione
    [many] Ha registrato { $n } iscrizioni
   *[other] Ha registrato { $n } iscrizioni
} ({ $lab }), { $diff } in più rispetto al laboratorio precedente del partner, { $previous } ({ $n_previous }).
history-change-fewer = Questo è il laboratorio n. { $number } di { $partner } presente nel rapporto. { PLURAL($n) ->
    [one] Ha registrato { $n } iscrizione
    [many] Ha registrato { $n } iscrizioni
   *[other] Ha registrato { $n } iscrizioni
} ({ $lab }), { $diff } in meno rispetto al laboratorio precedente del partner, { $previous } ({ $n_previous }).
history-change-same = Questo è il laboratorio n. { $number } di { $partner } presente nel rapporto. { PLURAL($n) ->
    [one] Ha registrato { $n } iscrizione
    [many] Ha registrato { $n } iscrizioni
   *[other] Ha registrato { $n } iscrizioni
} ({ $lab }), lo stesso numero del laboratorio precedente del partner, { $previous } ({ $n_previous }).
history-change-withheld = Questo è il laboratorio n. { $number } di { $partner } presente nel rapporto. Le sue iscrizioni e quelle del laboratorio precedente del partner non sono qui messe a confronto: uno dei due dati è oscurato ({ $marker }).

## Indicators

indicators-caption = { PLURAL($n) ->
    [one] { $period }: partecipazioni, persone e organizzazioni per tipologia di stakeholder ({ $n } laboratorio)
    [many] { $period }: partecipazioni, persone e organizzazioni per tipologia di stakeholder ({ $n } laboratori)
   *[other] { $period }: partecipazioni, persone e organizzazioni per tipologia di stakeholder ({ $n } laboratori)
}
# $participations, $people, $organisations: "40 → 43 (+3)".
indicators-change = Rispetto al periodo { $previous }: partecipazioni { $participations }, persone { $people }, organizzazioni { $organisations }. Nuove per il programma in questo periodo: { PLURAL($new_people) ->
    [one] { $new_people } persona
    [many] { $new_people } persone
   *[other] { $new_people } persone
} e { PLURAL($new_organisations) ->
    [one] { $new_organisations } organizzazione.
    [many] { $new_organisations } organizzazioni.
   *[other] { $new_organisations } organizzazioni.
}
indicators-no-period = Laboratori non compresi in alcun periodo di rendicontazione
indicators-all-periods = Tutti i periodi
indicators-no-period-note = { PLURAL($n) ->
    [one] { $n } laboratorio non rientra in alcun periodo di rendicontazione (data assente o esterna a tutti i periodi): è conteggiato solo nei dati cumulativi.
    [many] { $n } laboratori non rientrano in alcun periodo di rendicontazione (data assente o esterna a tutti i periodi): sono conteggiati solo nei dati cumulativi.
   *[other] { $n } laboratori non rientrano in alcun periodo di rendicontazione (data assente o esterna a tutti i periodi): sono conteggiati solo nei dati cumulativi.
}
indicators-no-attendance-note = { PLURAL($n) ->
    [one] { $n } laboratorio non dispone di dati sulle presenze (mancano il foglio firme, la colonna delle presenze e il verbale dell'incontro): le sue iscrizioni non sono conteggiate come partecipazioni.
    [many] { $n } laboratori non dispongono di dati sulle presenze (mancano il foglio firme, la colonna delle presenze e il verbale dell'incontro): le loro iscrizioni non sono conteggiate come partecipazioni.
   *[other] { $n } laboratori non dispongono di dati sulle presenze (mancano il foglio firme, la colonna delle presenze e il verbale dell'incontro): le loro iscrizioni non sono conteggiate come partecipazioni.
}

## The world café's ideas

idea-count = { PLURAL($n) ->
    [one] { $n } idea
    [many] { $n } idee
   *[other] { $n } idee
}
idea-votes = { PLURAL($n) ->
    [one] { $n } voto
    [many] { $n } voti
   *[other] { $n } voti
}
# $tables and $rounds are lists ("1, 2 and 3"); $n and $rounds_n how many are in them.
idea-tables = { PLURAL($n) ->
    [one] Tavolo { $tables }
    [many] Tavoli { $tables }
   *[other] Tavoli { $tables }
}
idea-rounds = { PLURAL($n) ->
    [one] Turno { $rounds }
    [many] Turni { $rounds }
   *[other] Turni { $rounds }
}
idea-tables-rounds = { PLURAL($n) ->
    [one] Tavolo { $tables }
    [many] Tavoli { $tables }
   *[other] Tavoli { $tables }
}, { PLURAL($rounds_n) ->
    [one] turno { $rounds }
    [many] turni { $rounds }
   *[other] turni { $rounds }
}
ideas-lab-none = { PLURAL($ideas) ->
    [one] { $ideas } idea su { $topics } { PLURAL($topics) ->
        [one] tema
        [many] temi
       *[other] temi
    }; non ha ancora un follow-up.
    [many] { $ideas } idee su { $topics } { PLURAL($topics) ->
        [one] tema
        [many] temi
       *[other] temi
    }; nessuna ha ancora un follow-up.
   *[other] { $ideas } idee su { $topics } { PLURAL($topics) ->
        [one] tema
        [many] temi
       *[other] temi
    }; nessuna ha ancora un follow-up.
}
ideas-lab-all = { PLURAL($ideas) ->
    [one] { $ideas } idea su { $topics } { PLURAL($topics) ->
        [one] tema
        [many] temi
       *[other] temi
    }; ha un follow-up.
    [many] { $ideas } idee su { $topics } { PLURAL($topics) ->
        [one] tema
        [many] temi
       *[other] temi
    }; ciascuna ha un follow-up.
   *[other] { $ideas } idee su { $topics } { PLURAL($topics) ->
        [one] tema
        [many] temi
       *[other] temi
    }; ciascuna ha un follow-up.
}
ideas-lab-some = { PLURAL($ideas) ->
    [one] { $ideas } idea
    [many] { $ideas } idee
   *[other] { $ideas } idee
} su { PLURAL($topics) ->
    [one] { $topics } tema
    [many] { $topics } temi
   *[other] { $topics } temi
}; { $with } con un follow-up, { $without } ancora senza.
ideas-programme-none = I laboratori hanno prodotto { PLURAL($ideas) ->
    [one] { $ideas } idea su { $topics } { PLURAL($topics) ->
        [one] tema
        [many] temi
       *[other] temi
    }; non ha ancora un follow-up.
    [many] { $ideas } idee su { $topics } { PLURAL($topics) ->
        [one] tema
        [many] temi
       *[other] temi
    }; nessuna ha ancora un follow-up.
   *[other] { $ideas } idee su { $topics } { PLURAL($topics) ->
        [one] tema
        [many] temi
       *[other] temi
    }; nessuna ha ancora un follow-up.
}
ideas-programme-all = I laboratori hanno prodotto { PLURAL($ideas) ->
    [one] { $ideas } idea su { $topics } { PLURAL($topics) ->
        [one] tema
        [many] temi
       *[other] temi
    }; ha un follow-up.
    [many] { $ideas } idee su { $topics } { PLURAL($topics) ->
        [one] tema
        [many] temi
       *[other] temi
    }; ciascuna ha un follow-up.
   *[other] { $ideas } idee su { $topics } { PLURAL($topics) ->
        [one] tema
        [many] temi
       *[other] temi
    }; ciascuna ha un follow-up.
}
ideas-programme-some = I laboratori hanno prodotto { PLURAL($ideas) ->
    [one] { $ideas } idea
    [many] { $ideas } idee
   *[other] { $ideas } idee
} su { PLURAL($topics) ->
    [one] { $topics } tema
    [many] { $topics } temi
   *[other] { $topics } temi
}; { $with } con un follow-up, { $without } ancora senza.
no-topic = Nessun tema indicato
# An idea's follow-up with its deadline, as written in the sheet.
follow-up-deadline = { $follow_up } (scadenza: { $deadline })
ideas-chart-none = Nessuna idea da mostrare.
ideas-chart-most = Il tema con più idee è stato { $topic }: { $n } su { $total }.
ideas-chart-most-tied = I temi con più idee sono stati { $topics }, con { PLURAL($n) ->
    [one] { $n } idea
    [many] { $n } idee
   *[other] { $n } idee
} ciascuno su un totale di { $total }.

## The data-quality appendix

role-registrations = iscrizioni
role-attendance = presenze
role-feedback = feedback
role-outcomes = risultati
field-stakeholder-type = Tipologia di stakeholder
field-sector = Settore
totals-rows-left-out = { PLURAL($n) ->
    [one] { $n } riga dei totali esclusa
    [many] { $n } righe dei totali escluse
   *[other] { $n } righe dei totali escluse
}
not-read = non letto
# Why a sheet was not read ($row: the header's row; $role: a role-* word; $headers: the
# columns' headers, quoted and listed; $columns: what it has, e.g. "Stakeholder type and
# Sector"; $tool: a meeting tool, e.g. "Microsoft Teams attendance report").
skip-hidden = nascosto nella cartella di lavoro, quindi non letto
skip-no-rows = il foglio ha un'intestazione (riga { $row }) ma nessuna riga di { $role }; è stato esportato il foglio giusto?
skip-no-header = nessuna colonna riconosciuta nelle prime righe; sono previste intestazioni come E-mail, Nome e cognome, Tipo di ente, Settore, Presente o una domanda di feedback
skip-no-role = le colonne ({ $headers }) non contengono indirizzi e-mail, nomi, tipologie di stakeholder, settori né domande di feedback, quindi il foglio non è stato letto
skip-no-people = il foglio contiene { $columns } ma non nomi né indirizzi e-mail, quindi non è stato letto come elenco di iscrizioni: non sarebbe stato possibile conteggiare ogni persona una sola volta
skip-no-participants = il report delle presenze ({ $tool }) non elenca alcun partecipante (la riga { $row } è la sua intestazione); è stato scaricato il report dell'incontro giusto?
# An outcome sheet in the files table: $shape is rows, form-question, mentimeter or voters.
outcome-sheet-note = { $shape ->
    [rows] risultati del world café, una riga per idea: { PLURAL($n) ->
        [one] { $n } idea
        [many] { $n } idee
       *[other] { $n } idee
    }
    [form-question] idee raccolte da una domanda di un modulo: { PLURAL($n) ->
        [one] { $n } idea
        [many] { $n } idee
       *[other] { $n } idee
    }
    [mentimeter] risultati del world café, risultati di Mentimeter (un blocco per slide): { PLURAL($n) ->
        [one] { $n } idea
        [many] { $n } idee
       *[other] { $n } idee
    }
   *[voters] votanti di Mentimeter: una riga per persona, non letto (le loro risposte sono nei fogli delle sessioni)
}

## Reporting periods made by labreport (half-years) when the config names none

period-h1 = gennaio–giugno { $year }
period-h2 = luglio–dicembre { $year }

## The workbook (data/labreport.xlsx): sheet names (at most 31 characters, none of [ ] : * ? / \) and headers

sheet-cover = Copertina
sheet-indicators = Indicatori
sheet-by-stakeholder-type = Per tipologia di stakeholder
sheet-by-sector = Per settore
sheet-by-partner = Per partner
sheet-labs = Laboratori
sheet-feedback = Feedback
sheet-organisations = Organizzazioni
sheet-outcomes = Risultati
column-period-label = Denominazione del periodo
column-question-mean = { $question } (media)
column-nps = NPS
column-organisation = Organizzazione
column-labs = Laboratori
cover-project = Progetto
cover-programme = Programma
cover-funding = Finanziamento
cover-contact = Contatti
cover-generated = Data di elaborazione
cover-labs = Laboratori rendicontati
cover-withheld = Conteggi oscurati
cover-sheets = Fogli
workbook-comment = Realizzato con labreport
