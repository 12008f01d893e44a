# labreport's report, in Dutch (nl): translated from en.ftl, the source catalog. Same ids, same
# order, same variables as en.ftl.
#
# Plurals: CLDR's cardinal categories for Dutch are `one` and `other`. `one` is exactly 1 written
# without decimals (i = 1 and v = 0); everything else is `other` (0, 2, 5, 11, 20, 21, 101, 1.5 ...).
# Select with PLURAL($n), always with *[other] as the default variant.
# Terms: "Local Learning Lab(s)" stays in English as the project's own name, "lab" for short
# (het lab, de labs); "world café", "feedback", "walk-in", "Net Promoter Score" stay as well.
# Counts withheld for privacy are "afgeschermd".

## The page frame (base.html)

report-title = Local Learning Labs: deelname en feedback
skip-link = Direct naar het rapport
logo-alt = Logo van { $project }
logo-alt-no-project = Projectlogo
generated = Gegenereerd op { $date } uit de aanmeldings-, presentie- en feedbackbestanden van de labs.
contact = Contact: { $contact }
no-personal-data = Gemaakt met labreport. Dit rapport bevat geen namen, e-mailadressen of telefoonnummers.
withheld-note = { $marker }: een aantal dat is afgeschermd ter bescherming van de personen om wie het gaat. { PLURAL($max) ->
    [one] Aantallen van { $max } persoon worden
   *[other] Aantallen van 1 tot en met { $max } personen worden
} afgeschermd, evenals andere aantallen waaruit één daarvan kan worden afgeleid (een totaal, een andere categorie, een ander lab). Percentages, aandelen en gemiddelde scores die uit een afgeschermd aantal zijn berekend, worden eveneens afgeschermd.

## The interim report (index.html)

nav-contents = Inhoud
section-summary = Samenvatting
section-indicators = Indicatoren
section-participation = Deelname
section-partners = Per partner en in de loop van de tijd
section-feedback = Feedback
section-outcomes = Resultaten
section-labs = De labs
section-data-quality = Datakwaliteit
indicators-intro-html = Zoals gevraagd voor de monitoring van het programma. <strong>Deelnames</strong>: aanwezigheden, waarbij elke persoon eenmaal wordt geteld per lab dat hij of zij heeft bijgewoond (walk-ins inbegrepen). <strong>Personen</strong>: unieke personen die ten minste één lab hebben bijgewoond; per stakeholdertype wordt een persoon meegeteld bij elk type waaronder hij of zij aanwezig was. <strong>Organisaties</strong>: unieke organisaties van de aanwezigen, ongeacht de schrijfwijze van hun naam; elke organisatie wordt geteld onder het stakeholdertype dat haar mensen in die periode het vaakst opgaven.
column-stakeholder-type = Stakeholdertype
column-participations = Deelnames
column-people = Personen
column-organisations = Organisaties
total = Totaal
organisations-heading = Deelnemende organisaties
organisations-none = Geen: geen enkele aanwezige heeft een organisatie genoemd.
participation-intro = Aanmeldingen worden eenmaal per persoon en per lab geteld (dubbele aanmeldingen verwijderd op basis van het e-mailadres). Elke persoon wordt eenmaal geteld in elke sector die hij of zij heeft genoemd.
feedback-caption-all = Feedback per vraag, alle labs
outcomes-heading-index = Resultaten: de ideeën uit de world cafés
own-topics = { PLURAL($n) ->
    [one] { $n } onderwerp uit de werkbladen met resultaten komt met geen enkel onderwerp van het programma overeen en staat onder zijn eigen naam vermeld.
   *[other] { $n } onderwerpen uit de werkbladen met resultaten komen met geen enkel onderwerp van het programma overeen en staan onder hun eigen naam vermeld.
}
recurring-heading = Onderwerpen die bij meerdere partners terugkomen
recurring-none = Nog geen enkel onderwerp heeft ideeën van meer dan één partner.
top-ideas-heading = De ideeën met de meeste stemmen
top-ideas-caption = De ideeën met de meeste stemmen over alle labs (ten hoogste tien), in aflopende volgorde
column-rank = Rang
column-idea = Idee
column-votes = Stemmen
column-lab = Lab
top-ideas-none = Er is op geen enkel idee gestemd.
follow-up-heading = Opvolging
follow-up-caption = Ideeën met opvolging (een trekker of een volgende stap), per partner
column-partner = Partner
column-ideas = Ideeën
column-with-follow-up = Met opvolging
column-none-yet = Nog zonder
labs-intro = Elk lab heeft een eigen pagina met zijn cijfers en een vergelijking met de eerdere labs van dezelfde partner.
labs-caption = Labs in volgorde van datum
quality-intro = Elk gelezen bestand, als wat het is gelezen en wat niet kon worden gekoppeld.
quality-duplicates = { PLURAL($n) ->
    [one] { $n } dubbele aanmelding verwijderd;
   *[other] { $n } dubbele aanmeldingen verwijderd;
}
quality-walk-ins = { PLURAL($n) ->
    [one] { $n } walk-in (ingetekend zonder zich aan te melden, geteld als aanwezige van onbekend type).
   *[other] { $n } walk-ins (ingetekend zonder zich aan te melden, geteld als aanwezigen van onbekend type).
}
quality-withheld-counts-html = De rijen van elk werkblad en hoe vaak elk niet-gekoppeld label voorkomt, zijn afgeschermd ({ $marker }): het zijn aantallen personen. <code>labreport check</code> toont ze aan de projectmanager.
publishing-heading = Welke bestanden voor publicatie bedoeld zijn
publishing-withheld-html = De pagina's van dit rapport (en de pdf's ervan), de grafieken en de tabellen in <code>data/</code> (de csv-bestanden, <code>figures.csv</code> en <code>labreport.xlsx</code>) schermen kleine aantallen personen af, zoals toegelicht bovenaan elke pagina met een afgeschermd aantal: ze zijn bedoeld voor publicatie.
publishing-shown-html = De pagina's van dit rapport (en de pdf's ervan), de grafieken en de tabellen in <code>data/</code> bevatten geen namen, e-mailadressen of telefoonnummers, maar tonen elk aantal, hoe klein ook: stel <code>[privacy] min_cell</code> in de configuratie in voordat u ze publiceert op een plek waar een klein aantal iemand herkenbaar zou kunnen maken.
publishing-summary-json-html = <code>summary.json</code> bevat alle cijfers tot in detail, kleine aantallen inbegrepen: het is het bestand van de projectmanager, niet bedoeld voor publicatie.
sheets-heading = Gelezen bestanden en werkbladen
sheets-caption = Gelezen bestanden en werkbladen, met hun rol
column-file = Bestand
column-sheet = Werkblad
column-read-as = Gelezen als
column-rows = Rijen
column-header-row = Kopregel
column-notes = Opmerkingen
unmapped-heading = Niet-gekoppelde labels
unmapped-caption = Labels die als onbekend zijn geteld, en hoe vaak ze voorkomen
column-label = Label
column-column = Kolom
column-count = Aantal
column-first-seen = Eerst aangetroffen
unmapped-none = Geen: elk label is aan de taxonomie gekoppeld.
rejected-heading = Weggelaten bestanden en werkbladen
rejected-caption = Bestanden en werkbladen die niet konden worden gelezen, en waarom
column-file-or-sheet = Bestand of werkblad
column-reason = Reden
none = Geen.

## A lab's page (lab.html)

breadcrumb = Kruimelpad
section-about = Over dit lab
fact-partner = Partner
fact-date = Datum
fact-date-none = niet opgegeven
fact-venue = Locatie
fact-theme = Thema
feedback-caption-lab = Feedback per vraag
outcomes-heading-lab = Resultaten: de ideeën uit het world café
ideas-intro = De ideeën zijn gegroepeerd per onderwerp en gerangschikt naar de stemmen van de zaal; ideeën zonder stemmen volgen, in de volgorde waarin ze zijn opgeschreven.
topic-own = (een eigen onderwerp)
idea-at-table = Aan tafel: { $types }
idea-priority = Prioriteit: { $priority }
idea-follow-up = Opvolging: { $follow_up }
idea-no-follow-up = Nog geen opvolging
history-heading = Vergeleken met de eerdere labs van { $partner }
history-first = Dit is het eerste lab van { $partner } in het rapport.
history-caption = De labs van { $partner } tot en met dit lab, in volgorde van datum (ten hoogste de vijf daarvoor)

## Shared pieces (macros.html)

chart-table-caption = { $title }: de cijfers in de grafiek
column-question = Vraag
column-mean = Gemiddelde
column-scale = Schaal
column-answers = Antwoorden
column-spread = Verdeling van de antwoorden (antwoord: aantal)
column-registrations = Aanmeldingen
column-attendees = Aanwezigen
column-attendance-rate = Opkomstpercentage
column-feedback-responses = Feedbackreacties
column-overall = Algemene tevredenheid
mark-new = Nieuw
mark-changed = Gewijzigd
spread-heading = Verdeling van de antwoorden
spread-heading-others = Verdeling van de antwoorden op de overige vragen
feedback-none = Nog geen feedbackreacties.

## Headline figures

headline-labs = Labs
headline-labs-note = { PLURAL($n) ->
    [one] georganiseerd door { $n } partner
   *[other] georganiseerd door { $n } partners
}
headline-people = Unieke personen
headline-people-note = { PLURAL($n) ->
    [one] van wie { $n } aanwezig was
   *[other] van wie { $n } aanwezig waren
}
headline-people-note-withheld = van wie { $marker } aanwezig waren
headline-rate-note = aanwezigen per aanmelding
headline-no-attendance = geen presentiegegevens
undated = zonder datum
unknown = Onbekend
unchanged = ongewijzigd

## What changed since the previous report ($labs: the labs named, "; " between them)

changes-new = Nieuw in dit rapport: { $labs }.
changes-changed = Gewijzigd: { $labs }.
changes-gone = Niet meer in het rapport: { $labs }.
changes-config = De configuratie (labreport.toml) is sinds het vorige rapport gewijzigd.
# What changed in a lab, in brackets after its name: $how is added, edited or removed; $roles
# what the file was read as ("registrations and feedback", the role-* words below).
changes-file = { $how ->
    [added] bestand met { $roles } toegevoegd
    [edited] bestand met { $roles } gewijzigd
   *[removed] bestand met { $roles } verwijderd
}
changes-lab-toml = { $how ->
    [added] lab.toml toegevoegd
    [edited] lab.toml gewijzigd
   *[removed] lab.toml verwijderd
}
changes-file-not-read = { $how ->
    [added] niet gelezen bestand toegevoegd
    [edited] niet gelezen bestand gewijzigd
   *[removed] niet gelezen bestand verwijderd
}

## Charts: titles, series and table columns
# $what is the rows' kind: stakeholder-type, sector, partner, lab or period.

chart-participation-by-stakeholder-type = Deelname per stakeholdertype
chart-participation-by-sector = Deelname per sector
chart-participation-by-partner = Deelname per partner
chart-over-time-labs = Deelname in de loop van de tijd, per lab
chart-over-time-periods = Deelname in de loop van de tijd, per periode
chart-feedback-by-question = Feedback: gemiddelde score per vraag
chart-feedback-spread = Feedback: verdeling van de antwoorden
chart-feedback-spread-scale = Feedback: verdeling van de antwoorden op de schaal van { $scale }
chart-ideas-by-topic = Ideeën per onderwerp en partner
series-mean-rating = Gemiddelde score
chart-answer-lowest = { $answer } laagst
chart-answer-highest = { $answer } hoogst
column-registered = Aangemeld
column-attended = Aanwezig
column-sector = Sector
column-period = Periode
column-topic = Onderwerp
column-all-labs = Alle labs

## Findings: what each chart shows, in words

finding-no-registrations = { $what ->
    [stakeholder-type] Er zijn geen aanmeldingen om per stakeholdertype weer te geven.
    [sector] Er zijn geen aanmeldingen om per sector weer te geven.
    [partner] Er zijn geen aanmeldingen om per partner weer te geven.
    [lab] Er zijn geen aanmeldingen om per lab weer te geven.
   *[period] Er zijn geen aanmeldingen om per periode weer te geven.
}
finding-registrations-withheld = { $what ->
    [stakeholder-type] De aanmeldingen per stakeholdertype zijn afgeschermd ({ $marker }) ter bescherming van de personen om wie het gaat.
    [sector] De aanmeldingen per sector zijn afgeschermd ({ $marker }) ter bescherming van de personen om wie het gaat.
    [partner] De aanmeldingen per partner zijn afgeschermd ({ $marker }) ter bescherming van de personen om wie het gaat.
    [lab] De aanmeldingen per lab zijn afgeschermd ({ $marker }) ter bescherming van de personen om wie het gaat.
   *[period] De aanmeldingen per periode zijn afgeschermd ({ $marker }) ter bescherming van de personen om wie het gaat.
}
finding-largest = { $what ->
    [stakeholder-type] Het stakeholdertype { $label } vormde de grootste groep: { $n } van de { $total } aanmeldingen ({ $share }).
    [sector] De sector { $label } vormde de grootste groep: { $n } van de { $total } aanmeldingen ({ $share }).
   *[partner] Partner { $label } had de meeste aanmeldingen: { $n } van de { $total } ({ $share }).
}
finding-largest-no-total = { $what ->
    [stakeholder-type] Het stakeholdertype { $label } vormde de grootste groep: { PLURAL($n) ->
        [one] { $n } aanmelding.
       *[other] { $n } aanmeldingen.
    }
    [sector] De sector { $label } vormde de grootste groep: { PLURAL($n) ->
        [one] { $n } aanmelding.
       *[other] { $n } aanmeldingen.
    }
   *[partner] Partner { $label } had de meeste aanmeldingen: { $n }.
}
finding-largest-tied = { $what ->
    [stakeholder-type] De stakeholdertypen { $labels } vormden de grootste groepen, met elk { $n } van de { $total } aanmeldingen ({ $share }).
    [sector] De sectoren { $labels } vormden de grootste groepen, met elk { $n } van de { $total } aanmeldingen ({ $share }).
   *[partner] De partners { $labels } hadden de meeste aanmeldingen, elk { $n } van de { $total } ({ $share }).
}
finding-largest-tied-no-total = { $what ->
    [stakeholder-type] De stakeholdertypen { $labels } vormden de grootste groepen, met elk { PLURAL($n) ->
        [one] { $n } aanmelding.
       *[other] { $n } aanmeldingen.
    }
    [sector] De sectoren { $labels } vormden de grootste groepen, met elk { PLURAL($n) ->
        [one] { $n } aanmelding.
       *[other] { $n } aanmeldingen.
    }
   *[partner] De partners { $labels } hadden de meeste aanmeldingen, elk { $n }.
}
finding-next = Daarna volgde { $label } met { $n }.
finding-attended = { PLURAL($n) ->
    [one] Van de groep { $label } was er { $n } aanwezig ({ $share }).
   *[other] Van de groep { $label } waren er { $n } aanwezig ({ $share }).
}
finding-some-withheld = Sommige aantallen zijn afgeschermd ({ $marker }) ter bescherming van de personen om wie het gaat.
finding-some-withheld-largest = Sommige aantallen zijn afgeschermd ({ $marker }) ter bescherming van de personen om wie het gaat: de grootste getoonde groep is mogelijk niet de grootste.
finding-range = { $what ->
    [lab] In de { $count } labs varieerde het aantal aanmeldingen per lab van { $min } ({ $min_label }) tot { $max } ({ $max_label }).
   *[period] In de { $count } perioden varieerde het aantal aanmeldingen per periode van { $min } ({ $min_label }) tot { $max } ({ $max_label }).
}
finding-so-far = { $what ->
    [lab] { PLURAL($count) ->
        [one] Tot nu toe { $count } lab.
       *[other] Tot nu toe { $count } labs.
    }
   *[period] { PLURAL($count) ->
        [one] Tot nu toe { $count } periode.
       *[other] Tot nu toe { $count } perioden.
    }
}
finding-mean = De gemiddelde score voor { $question } was { $mean } van de { $top }.
finding-means = De deelnemers beoordeelden { $best } het hoogst ({ $best_mean } van de { $best_top }) en { $worst } het laagst ({ $worst_mean } van de { $worst_top }).
finding-means-withheld = Alle gemiddelde scores zijn afgeschermd ({ $marker }): te weinig antwoorden, of een antwoord dat door te weinig personen is gegeven.
# $high and $low: the answers above and below the middle of the scale ("4 of 5", "1 of 2").
finding-spread-one = Van de antwoorden op { $question } was { $high_share } een { $high } en { $low_share } een { $low }.
finding-spread = Bij { $best } was het aandeel antwoorden met een { $high } het hoogst ({ $best_share }), bij { $worst } het laagst ({ $worst_share }).
finding-spread-withheld = De verdeling van de antwoorden is afgeschermd ({ $marker }): sommige antwoorden zijn door te weinig personen gegeven.
# $score is signed: +12, -3.
nps = Net Promoter Score voor "{ $question }": { $score } (op basis van { PLURAL($n) ->
    [one] { $n } antwoord
   *[other] { $n } antwoorden
}: het aandeel scores van 9 en 10 min het aandeel scores van 0 tot en met 6, op een schaal van −100 tot +100).
nps-withheld = De Net Promoter Score voor "{ $question }" is afgeschermd ({ $marker }): te weinig antwoorden, of een antwoord dat door te weinig personen is gegeven.

## A lab against the partner's previous one ($number: the lab's place in the partner's series)

history-change-more = Dit is in het rapport lab nr. { $number } van { $partner }. Het telde { PLURAL($n) ->
    [one] { $n } aanmelding
   *[other] { $n } aanmeldingen
} ({ $lab }), { $diff } meer dan het vorige lab van deze partner, { $previous } ({ $n_previous }).
history-change-fewer = Dit is in het rapport lab nr. { $number } van { $partner }. Het telde { PLURAL($n) ->
    [one] { $n } aanmelding
   *[other] { $n } aanmeldingen
} ({ $lab }), { $diff } minder dan het vorige lab van deze partner, { $previous } ({ $n_previous }).
history-change-same = Dit is in het rapport lab nr. { $number } van { $partner }. Het telde { PLURAL($n) ->
    [one] { $n } aanmelding
   *[other] { $n } aanmeldingen
} ({ $lab }), evenveel als het vorige lab van deze partner, { $previous } ({ $n_previous }).
history-change-withheld = Dit is in het rapport lab nr. { $number } van { $partner }. De aanmeldingen voor dit lab en die voor het vorige lab van deze partner worden hier niet vergeleken: een van beide is afgeschermd ({ $marker }).

## Indicators

indicators-caption = { PLURAL($n) ->
    [one] { $period }: deelnames, personen en organisaties per stakeholdertype ({ $n } lab)
   *[other] { $period }: deelnames, personen en organisaties per stakeholdertype ({ $n } labs)
}
# $participations, $people, $organisations: "40 → 43 (+3)".
indicators-change = Ten opzichte van { $previous }: deelnames { $participations }, personen { $people }, organisaties { $organisations }. Nieuw in het programma in deze periode: { PLURAL($new_people) ->
    [one] { $new_people } persoon
   *[other] { $new_people } personen
} en { PLURAL($new_organisations) ->
    [one] { $new_organisations } organisatie.
   *[other] { $new_organisations } organisaties.
}
indicators-no-period = Labs zonder rapportageperiode
indicators-all-periods = Alle perioden samen
indicators-no-period-note = { PLURAL($n) ->
    [one] { $n } lab valt in geen enkele rapportageperiode (geen datum, of een datum buiten alle perioden): het telt alleen mee in de cumulatieve cijfers.
   *[other] { $n } labs vallen in geen enkele rapportageperiode (geen datum, of een datum buiten alle perioden): ze tellen alleen mee in de cumulatieve cijfers.
}
indicators-no-attendance-note = { PLURAL($n) ->
    [one] { $n } lab heeft geen presentiegegevens (geen presentielijst, aanwezigheidskolom of verslag van de bijeenkomst): de aanmeldingen ervan worden niet als deelnames geteld.
   *[other] { $n } labs hebben geen presentiegegevens (geen presentielijst, aanwezigheidskolom of verslag van de bijeenkomst): hun aanmeldingen worden niet als deelnames geteld.
}

## The world café's ideas

idea-count = { PLURAL($n) ->
    [one] { $n } idee
   *[other] { $n } ideeën
}
idea-votes = { PLURAL($n) ->
    [one] { $n } stem
   *[other] { $n } stemmen
}
# $tables and $rounds are lists ("1, 2 en 3"); $n and $rounds_n how many are in them.
idea-tables = { PLURAL($n) ->
    [one] Tafel { $tables }
   *[other] Tafels { $tables }
}
idea-rounds = { PLURAL($n) ->
    [one] Ronde { $rounds }
   *[other] Rondes { $rounds }
}
idea-tables-rounds = { PLURAL($n) ->
    [one] Tafel { $tables }
   *[other] Tafels { $tables }
}, { PLURAL($rounds_n) ->
    [one] ronde { $rounds }
   *[other] rondes { $rounds }
}
ideas-lab-none = { PLURAL($ideas) ->
    [one] { $ideas } idee over { $topics } { PLURAL($topics) ->
        [one] onderwerp
       *[other] onderwerpen
    }; het heeft nog geen opvolging.
   *[other] { $ideas } ideeën over { $topics } { PLURAL($topics) ->
        [one] onderwerp
       *[other] onderwerpen
    }; geen ervan heeft al opvolging.
}
ideas-lab-all = { PLURAL($ideas) ->
    [one] { $ideas } idee over { $topics } { PLURAL($topics) ->
        [one] onderwerp
       *[other] onderwerpen
    }; het heeft opvolging.
   *[other] { $ideas } ideeën over { $topics } { PLURAL($topics) ->
        [one] onderwerp
       *[other] onderwerpen
    }; elk ervan heeft opvolging.
}
ideas-lab-some = { PLURAL($ideas) ->
    [one] { $ideas } idee
   *[other] { $ideas } ideeën
} over { PLURAL($topics) ->
    [one] { $topics } onderwerp
   *[other] { $topics } onderwerpen
}; { PLURAL($with) ->
    [one] { $with } heeft opvolging
   *[other] { $with } hebben opvolging
}, { $without } nog niet.
ideas-programme-none = De labs leverden { PLURAL($ideas) ->
    [one] { $ideas } idee over { $topics } { PLURAL($topics) ->
        [one] onderwerp
       *[other] onderwerpen
    } op; het heeft nog geen opvolging.
   *[other] { $ideas } ideeën over { $topics } { PLURAL($topics) ->
        [one] onderwerp
       *[other] onderwerpen
    } op; geen ervan heeft al opvolging.
}
ideas-programme-all = De labs leverden { PLURAL($ideas) ->
    [one] { $ideas } idee over { $topics } { PLURAL($topics) ->
        [one] onderwerp
       *[other] onderwerpen
    } op; het heeft opvolging.
   *[other] { $ideas } ideeën over { $topics } { PLURAL($topics) ->
        [one] onderwerp
       *[other] onderwerpen
    } op; elk ervan heeft opvolging.
}
ideas-programme-some = De labs leverden { PLURAL($ideas) ->
    [one] { $ideas } idee
   *[other] { $ideas } ideeën
} over { PLURAL($topics) ->
    [one] { $topics } onderwerp
   *[other] { $topics } onderwerpen
} op; { PLURAL($with) ->
    [one] { $with } heeft opvolging
   *[other] { $with } hebben opvolging
}, { $without } nog niet.
no-topic = Geen onderwerp opgegeven
# An idea's follow-up with its deadline, as written in the sheet.
follow-up-deadline = { $follow_up } (uiterlijk { $deadline })
ideas-chart-none = Er zijn geen ideeën om weer te geven.
ideas-chart-most = Het onderwerp { $topic } had de meeste ideeën: { $n } van de { $total }.
ideas-chart-most-tied = De onderwerpen { $topics } hadden de meeste ideeën, elk { $n } van de { $total }.

## The data-quality appendix

role-registrations = aanmeldingen
role-attendance = presentie
role-feedback = feedback
role-outcomes = resultaten
field-stakeholder-type = Stakeholdertype
field-sector = Sector
totals-rows-left-out = { PLURAL($n) ->
    [one] { $n } totaalrij weggelaten
   *[other] { $n } totaalrijen weggelaten
}
not-read = niet gelezen
# Why a sheet was not read ($row: the header's row; $role: a role-* word; $headers: the
# columns' headers, quoted and listed; $columns: what it has, e.g. "Stakeholder type and
# Sector"; $tool: a meeting tool, e.g. "Microsoft Teams attendance report").
skip-hidden = verborgen in de werkmap, dus niet gelezen
skip-no-rows = het werkblad heeft een kopregel (rij { $row }), maar geen rijen met { $role }; is het juiste werkblad geëxporteerd?
skip-no-header = in de eerste rijen is geen enkele kolom herkend; verwacht worden kolomkoppen zoals E-mailadres, Naam, Type organisatie, Sector, Aanwezig of een feedbackvraag
skip-no-role = de kolommen ({ $headers }) bevatten geen e-mailadres, naam, stakeholdertype, sector of feedbackvraag, dus het werkblad is niet gelezen
skip-no-people = het werkblad bevat { $columns }, maar geen namen of e-mailadressen, en is daarom niet als aanmeldingslijst gelezen: zonder die gegevens kan niet elke persoon precies één keer worden geteld
skip-no-participants = het aanwezigheidsrapport ({ $tool }) vermeldt geen deelnemers (rij { $row } is de kopregel); is het rapport van de juiste bijeenkomst gedownload?
# An outcome sheet in the files table: $shape is rows, form-question, mentimeter or voters.
outcome-sheet-note = { $shape ->
    [rows] resultaten van een world café, één rij per idee: { PLURAL($n) ->
        [one] { $n } idee
       *[other] { $n } ideeën
    }
    [form-question] ideeën uit een vraag van een formulier: { PLURAL($n) ->
        [one] { $n } idee
       *[other] { $n } ideeën
    }
    [mentimeter] resultaten van een world café, Mentimeter-resultaten (één blok per dia): { PLURAL($n) ->
        [one] { $n } idee
       *[other] { $n } ideeën
    }
   *[voters] Mentimeter-stemmers: één rij per persoon, niet gelezen (hun antwoorden staan op de werkbladen van de sessies)
}

## Reporting periods made by labreport (half-years) when the config names none

period-h1 = januari–juni { $year }
period-h2 = juli–december { $year }

## The workbook (data/labreport.xlsx): sheet names (at most 31 characters, none of [ ] : * ? / \) and headers

sheet-cover = Voorblad
sheet-indicators = Indicatoren
sheet-by-stakeholder-type = Per stakeholdertype
sheet-by-sector = Per sector
sheet-by-partner = Per partner
sheet-labs = Labs
sheet-feedback = Feedback
sheet-organisations = Organisaties
sheet-outcomes = Resultaten
column-period-label = Periodenaam
column-question-mean = { $question } (gemiddelde)
column-nps = NPS
column-organisation = Organisatie
column-labs = Labs
cover-project = Project
cover-programme = Programma
cover-funding = Financiering
cover-contact = Contact
cover-generated = Gegenereerd op
cover-labs = Labs in het rapport
cover-withheld = Afgeschermde aantallen
cover-sheets = Werkbladen
workbook-comment = Gemaakt met labreport
