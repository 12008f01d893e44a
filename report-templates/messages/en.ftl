# labreport's report, in English: the source catalog every other language translates.
#
# Fluent syntax (https://projectfluent.org/fluent/guide/). A count reaches a message as a
# number: { $n } writes it in the language's conventions (1,234; 1.234; 1 234), and
# { PLURAL($n) -> [one] ... [few] ... *[other] ... } chooses the words by it. PLURAL answers
# with CLDR's plural categories (zero, one, two, few, many, other) as ICU4X computes them for
# the language: never select on $n itself, Fluent's own rules are wrong for some languages.
# Shares, means and dates reach a message already written ($share, $mean, $date). What people
# wrote (ideas, organisations, lab titles, labels from the config) reaches it as written.
# A message's text may hold HTML where the English one does (<strong>, <code>).

## The page frame (base.html)

report-title = Local Learning Labs: participation and feedback
skip-link = Skip to the report
logo-alt = { $project } logo
logo-alt-no-project = Project logo
generated = Generated { $date } from the labs' registration, attendance and feedback files.
contact = Contact: { $contact }
no-personal-data = Made with labreport. No names, e-mail addresses or phone numbers are included in this report.
withheld-note = { $marker }: a count withheld to protect the people behind it. { PLURAL($max) ->
    [one] Counts of 1 person are withheld,
   *[other] Counts of 1 to { $max } people are withheld,
} and so are other counts from which one of them could be worked out (a total, another category, another lab). Rates, shares and mean ratings computed from a withheld count are withheld too.

## The interim report (index.html)

nav-contents = Contents
section-summary = Summary
section-indicators = Indicators
section-participation = Participation
section-partners = By partner and over time
section-feedback = Feedback
section-outcomes = Outcomes
section-labs = The labs
section-data-quality = Data quality
indicators-intro-html = As the programme's monitoring asks for them. <strong>Participations</strong>: attendances, each person counted once per lab they attended (walk-ins included). <strong>People</strong>: distinct people who attended at least one lab; by stakeholder type, a person is counted under each type they came as. <strong>Organisations</strong>: distinct organisations among those who attended, however their names were written; each is counted under the stakeholder type its people gave most often in that period.
column-stakeholder-type = Stakeholder type
column-participations = Participations
column-people = People
column-organisations = Organisations
total = Total
organisations-heading = Organisations that took part
organisations-none = None: no attendee named an organisation.
participation-intro = Registrations are counted once per person and lab (duplicates removed by e-mail address). Each person is counted once in every sector they named.
feedback-caption-all = Feedback by question, all labs
outcomes-heading-index = Outcomes: the ideas of the world cafés
own-topics = { PLURAL($n) ->
    [one] { $n } topic written in the outcome sheets matches none of the programme's topics and is listed under its own name.
   *[other] { $n } topics written in the outcome sheets match none of the programme's topics and are listed under their own names.
}
recurring-heading = Topics that recur across partners
recurring-none = No topic has ideas from more than one partner yet.
top-ideas-heading = The top-voted ideas
top-ideas-caption = The ideas with the most votes across all labs (at most ten), most first
column-rank = Rank
column-idea = Idea
column-votes = Votes
column-lab = Lab
top-ideas-none = No idea was voted on.
follow-up-heading = Follow-up
follow-up-caption = Ideas with a follow-up (an owner or a next step), by partner
column-partner = Partner
column-ideas = Ideas
column-with-follow-up = With a follow-up
column-none-yet = None yet
labs-intro = Each lab has a page of its own with its figures and how it compares with the partner's earlier labs.
labs-caption = Labs in date order
quality-intro = Every file read, what it was read as, and what could not be matched.
quality-duplicates = { PLURAL($n) ->
    [one] { $n } duplicate registration removed;
   *[other] { $n } duplicate registrations removed;
}
quality-walk-ins = { PLURAL($n) ->
    [one] { $n } walk-in (signed in without registering, counted as an attendee of unknown type).
   *[other] { $n } walk-ins (signed in without registering, counted as attendees of unknown type).
}
quality-withheld-counts-html = The rows of each sheet and how often each unmatched label occurs are withheld ({ $marker }): they count people. <code>labreport check</code> shows them to the project manager.
publishing-heading = Which files are for publishing
publishing-withheld-html = This report's pages (and their PDFs), its charts, the tables in <code>data/</code> (the CSV files, <code>figures.csv</code> and <code>labreport.xlsx</code>) withhold small counts of people as explained at the top of each page that has one: they are made for publishing.
publishing-shown-html = This report's pages (and their PDFs), its charts and the tables in <code>data/</code> hold no names, e-mail addresses or phone numbers, but they show every count, however small: set <code>[privacy] min_cell</code> in the config before publishing them where a small count could single someone out.
publishing-summary-json-html = <code>summary.json</code> holds every figure in full detail, small counts included: it is the project manager's file, not for publishing.
sheets-heading = Files and sheets read
sheets-caption = Files and sheets read, with their role
column-file = File
column-sheet = Sheet
column-read-as = Read as
column-rows = Rows
column-header-row = Header row
column-notes = Notes
unmapped-heading = Labels that matched nothing
unmapped-caption = Labels counted as unknown, with how often they occur
column-label = Label
column-column = Column
column-count = Count
column-first-seen = First seen
unmapped-none = None: every label matched the taxonomy.
rejected-heading = Files and sheets left out
rejected-caption = Files and sheets that could not be read, and why
column-file-or-sheet = File or sheet
column-reason = Reason
none = None.

## A lab's page (lab.html)

breadcrumb = Breadcrumb
section-about = About this lab
fact-partner = Partner
fact-date = Date
fact-date-none = not given
fact-venue = Venue
fact-theme = Theme
feedback-caption-lab = Feedback by question
outcomes-heading-lab = Outcomes: the ideas of the world café
ideas-intro = Ideas are grouped by topic and ranked by the room's votes; ideas without votes follow, in the order they were written.
topic-own = (a topic of its own)
idea-at-table = At the table: { $types }
idea-priority = Priority: { $priority }
idea-follow-up = Follow-up: { $follow_up }
idea-no-follow-up = No follow-up yet
history-heading = Compared with { $partner }'s earlier labs
history-first = This is { $partner }'s first lab in the report.
history-caption = { $partner }'s labs up to this one, in date order (at most the five before it)

## Shared pieces (macros.html)

chart-table-caption = { $title }: the numbers in the chart
column-question = Question
column-mean = Mean
column-scale = Scale
column-answers = Answers
column-spread = Spread of answers (answer: how many)
column-registrations = Registrations
column-attendees = Attendees
column-attendance-rate = Attendance rate
column-feedback-responses = Feedback responses
column-overall = Overall satisfaction
mark-new = New
mark-changed = Changed
spread-heading = Spread of answers
spread-heading-others = Spread of answers to the other questions
feedback-none = No feedback responses yet.

## Headline figures

headline-labs = Labs
headline-labs-note = { PLURAL($n) ->
    [one] held by { $n } partner
   *[other] held by { $n } partners
}
headline-people = Unique people
headline-people-note = { $n } of them attended
headline-people-note-withheld = { $marker } of them attended
headline-rate-note = attendees per registration
headline-no-attendance = no attendance data
undated = undated
unknown = Unknown
unchanged = unchanged

## What changed since the previous report ($labs: the labs named, "; " between them)

changes-new = New in this report: { $labs }.
changes-changed = Changed: { $labs }.
changes-gone = No longer in the report: { $labs }.
changes-config = The config (labreport.toml) changed since the previous report.
# What changed in a lab, in brackets after its name: $how is added, edited or removed; $roles
# what the file was read as ("registrations and feedback", the role-* words below).
changes-file = { $how ->
    [added] { $roles } file added
    [edited] { $roles } file edited
   *[removed] { $roles } file removed
}
changes-lab-toml = { $how ->
    [added] lab.toml added
    [edited] lab.toml edited
   *[removed] lab.toml removed
}
changes-file-not-read = { $how ->
    [added] a file not read added
    [edited] a file not read edited
   *[removed] a file not read removed
}

## Charts: titles, series and table columns
# $what is the rows' kind: stakeholder-type, sector, partner, lab or period.

chart-participation-by-stakeholder-type = Participation by stakeholder type
chart-participation-by-sector = Participation by sector
chart-participation-by-partner = Participation by partner
chart-over-time-labs = Participation over time, lab by lab
chart-over-time-periods = Participation over time, period by period
chart-feedback-by-question = Feedback: mean rating by question
chart-feedback-spread = Feedback: spread of answers
chart-feedback-spread-scale = Feedback: spread of answers on the { $scale } scale
chart-ideas-by-topic = Ideas by topic and partner
series-mean-rating = Mean rating
# The ends of a spread chart's legend: "1 lowest", "5 highest".
chart-answer-lowest = { $answer } lowest
chart-answer-highest = { $answer } highest
column-registered = Registered
column-attended = Attended
column-sector = Sector
column-period = Period
column-topic = Topic
column-all-labs = All labs

## Findings: what each chart shows, in words

finding-no-registrations = { $what ->
    [stakeholder-type] No registrations to show by stakeholder type.
    [sector] No registrations to show by sector.
    [partner] No registrations to show by partner.
    [lab] No registrations to show by lab.
   *[period] No registrations to show by period.
}
finding-registrations-withheld = { $what ->
    [stakeholder-type] The registrations by stakeholder type are withheld ({ $marker }) to protect the people behind them.
    [sector] The registrations by sector are withheld ({ $marker }) to protect the people behind them.
    [partner] The registrations by partner are withheld ({ $marker }) to protect the people behind them.
    [lab] The registrations by lab are withheld ({ $marker }) to protect the people behind them.
   *[period] The registrations by period are withheld ({ $marker }) to protect the people behind them.
}
finding-largest = { $what ->
    [stakeholder-type] { $label } was the largest group by stakeholder type: { $n } of { $total } registrations ({ $share }).
    [sector] { $label } was the largest group by sector: { $n } of { $total } registrations ({ $share }).
   *[partner] { $label } had the most registrations: { $n } of { $total } ({ $share }).
}
finding-largest-no-total = { $what ->
    [stakeholder-type] { $label } was the largest group by stakeholder type: { PLURAL($n) ->
        [one] { $n } registration.
       *[other] { $n } registrations.
    }
    [sector] { $label } was the largest group by sector: { PLURAL($n) ->
        [one] { $n } registration.
       *[other] { $n } registrations.
    }
   *[partner] { $label } had the most registrations: { $n }.
}
finding-largest-tied = { $what ->
    [stakeholder-type] { $labels } were the largest groups by stakeholder type, with { $n } of { $total } registrations ({ $share }) each.
    [sector] { $labels } were the largest groups by sector, with { $n } of { $total } registrations ({ $share }) each.
   *[partner] { $labels } had the most registrations, { $n } of { $total } ({ $share }) each.
}
finding-largest-tied-no-total = { $what ->
    [stakeholder-type] { $labels } were the largest groups by stakeholder type, with { $n } registrations each.
    [sector] { $labels } were the largest groups by sector, with { $n } registrations each.
   *[partner] { $labels } had the most registrations, { $n } each.
}
finding-next = Next came { $label } with { $n }.
finding-attended = Of the { $label } group, { $n } attended ({ $share }).
finding-some-withheld = Some counts are withheld ({ $marker }) to protect the people behind them.
finding-some-withheld-largest = Some counts are withheld ({ $marker }) to protect the people behind them: the largest group shown may not be the largest.
finding-range = { $what ->
    [lab] Across { $count } labs, registrations per lab ranged from { $min } ({ $min_label }) to { $max } ({ $max_label }).
   *[period] Across { $count } periods, registrations per period ranged from { $min } ({ $min_label }) to { $max } ({ $max_label }).
}
finding-so-far = { $what ->
    [lab] { PLURAL($count) ->
        [one] { $count } lab so far.
       *[other] { $count } labs so far.
    }
   *[period] { PLURAL($count) ->
        [one] { $count } period so far.
       *[other] { $count } periods so far.
    }
}
finding-mean = { $question } averaged { $mean } out of { $top }.
finding-means = Participants rated { $best } highest ({ $best_mean } out of { $best_top }) and { $worst } lowest ({ $worst_mean } out of { $worst_top }).
finding-means-withheld = Every mean rating is withheld ({ $marker }): too few answers, or an answer given by too few people.
# $high and $low: the answers above and below the middle of the scale ("4 or 5", "1 or 2").
finding-spread-one = { $high_share } of the answers on { $question } were { $high }, { $low_share } were { $low }.
finding-spread = { $best } had the most answers of { $high } ({ $best_share }), { $worst } the fewest ({ $worst_share }).
finding-spread-withheld = The spread of answers is withheld ({ $marker }): some answers were given by too few people.
# $score is signed: +12, -3.
nps = Net Promoter Score for "{ $question }": { $score } (from { $n } answers: the share of 9s and 10s minus the share of 0s to 6s, on a scale from −100 to +100).
nps-withheld = The Net Promoter Score for "{ $question }" is withheld ({ $marker }): too few answers, or an answer given by too few people.

## A lab against the partner's previous one ($number: the lab's place in the partner's series)

history-change-more = This is { $partner }'s lab number { $number } in the report. It had { $n } registrations ({ $lab }), { $diff } more than the partner's previous lab, { $previous } ({ $n_previous }).
history-change-fewer = This is { $partner }'s lab number { $number } in the report. It had { $n } registrations ({ $lab }), { $diff } fewer than the partner's previous lab, { $previous } ({ $n_previous }).
history-change-same = This is { $partner }'s lab number { $number } in the report. It had { $n } registrations ({ $lab }), as many as the partner's previous lab, { $previous } ({ $n_previous }).
history-change-withheld = This is { $partner }'s lab number { $number } in the report. Its registrations and those of the partner's previous lab are not compared here: one of them is withheld ({ $marker }).

## Indicators

indicators-caption = { PLURAL($n) ->
    [one] { $period }: participations, people and organisations by stakeholder type ({ $n } lab)
   *[other] { $period }: participations, people and organisations by stakeholder type ({ $n } labs)
}
# $participations, $people, $organisations: "40 → 43 (+3)".
indicators-change = Compared with { $previous }: participations { $participations }, people { $people }, organisations { $organisations }. New to the programme this period: { PLURAL($new_people) ->
    [one] { $new_people } person
   *[other] { $new_people } people
} and { PLURAL($new_organisations) ->
    [one] { $new_organisations } organisation.
   *[other] { $new_organisations } organisations.
}
indicators-no-period = Labs in no reporting period
indicators-all-periods = All periods together
indicators-no-period-note = { PLURAL($n) ->
    [one] { $n } lab is in no reporting period (no date, or a date outside every period): it counts in the cumulative figures only.
   *[other] { $n } labs are in no reporting period (no date, or a date outside every period): they count in the cumulative figures only.
}
indicators-no-attendance-note = { PLURAL($n) ->
    [one] { $n } lab has no attendance data (no sign-in sheet, attended column or meeting report): its registrations are not counted as participations.
   *[other] { $n } labs have no attendance data (no sign-in sheet, attended column or meeting report): their registrations are not counted as participations.
}

## The world café's ideas

idea-count = { PLURAL($n) ->
    [one] { $n } idea
   *[other] { $n } ideas
}
idea-votes = { PLURAL($n) ->
    [one] { $n } vote
   *[other] { $n } votes
}
# $tables and $rounds are lists ("1, 2 and 3"); $n and $rounds_n how many are in them.
idea-tables = { PLURAL($n) ->
    [one] Table { $tables }
   *[other] Tables { $tables }
}
idea-rounds = { PLURAL($n) ->
    [one] Round { $rounds }
   *[other] Rounds { $rounds }
}
idea-tables-rounds = { PLURAL($n) ->
    [one] Table { $tables }
   *[other] Tables { $tables }
}, { PLURAL($rounds_n) ->
    [one] round { $rounds }
   *[other] rounds { $rounds }
}
ideas-lab-none = { PLURAL($ideas) ->
    [one] { $ideas } idea
   *[other] { $ideas } ideas
} on { PLURAL($topics) ->
    [one] { $topics } topic
   *[other] { $topics } topics
}; none has a follow-up yet.
ideas-lab-all = { PLURAL($ideas) ->
    [one] { $ideas } idea on { $topics } { PLURAL($topics) ->
        [one] topic
       *[other] topics
    }; it has a follow-up.
   *[other] { $ideas } ideas on { $topics } { PLURAL($topics) ->
        [one] topic
       *[other] topics
    }; each has a follow-up.
}
ideas-lab-some = { PLURAL($ideas) ->
    [one] { $ideas } idea
   *[other] { $ideas } ideas
} on { PLURAL($topics) ->
    [one] { $topics } topic
   *[other] { $topics } topics
}; { PLURAL($with) ->
    [one] { $with } has a follow-up
   *[other] { $with } have a follow-up
}, { $without } none yet.
ideas-programme-none = The labs produced { PLURAL($ideas) ->
    [one] { $ideas } idea
   *[other] { $ideas } ideas
} on { PLURAL($topics) ->
    [one] { $topics } topic
   *[other] { $topics } topics
}; none has a follow-up yet.
ideas-programme-all = The labs produced { PLURAL($ideas) ->
    [one] { $ideas } idea on { $topics } { PLURAL($topics) ->
        [one] topic
       *[other] topics
    }; it has a follow-up.
   *[other] { $ideas } ideas on { $topics } { PLURAL($topics) ->
        [one] topic
       *[other] topics
    }; each has a follow-up.
}
ideas-programme-some = The labs produced { PLURAL($ideas) ->
    [one] { $ideas } idea
   *[other] { $ideas } ideas
} on { PLURAL($topics) ->
    [one] { $topics } topic
   *[other] { $topics } topics
}; { PLURAL($with) ->
    [one] { $with } has a follow-up
   *[other] { $with } have a follow-up
}, { $without } none yet.
no-topic = No topic given
# An idea's follow-up with its deadline, as written in the sheet.
follow-up-deadline = { $follow_up } (by { $deadline })
ideas-chart-none = No ideas to show.
ideas-chart-most = { $topic } had the most ideas: { $n } of { $total }.
ideas-chart-most-tied = { $topics } had the most ideas, { $n } each, of { $total }.

## The data-quality appendix

role-registrations = registrations
role-attendance = attendance
role-feedback = feedback
role-outcomes = outcomes
field-stakeholder-type = Stakeholder type
field-sector = Sector
totals-rows-left-out = { PLURAL($n) ->
    [one] { $n } totals row left out
   *[other] { $n } totals rows left out
}
not-read = not read
# Why a sheet was not read ($row: the header's row; $role: a role-* word; $headers: the
# columns' headers, quoted and listed; $columns: what it has, e.g. "Stakeholder type and
# Sector"; $tool: a meeting tool, e.g. "Microsoft Teams attendance report").
skip-hidden = hidden in the workbook, so not read
skip-no-rows = the sheet has a header (row { $row }) but no { $role } rows; was the right sheet exported?
skip-no-header = no column is recognised in its first rows; expected headers such as E-mail, Name, Stakeholder type, Sector, Attended or a feedback question
skip-no-role = the columns ({ $headers }) hold no e-mail, name, stakeholder type, sector or feedback question, so the sheet is not read
skip-no-people = it has { $columns } but no names or e-mails, so it is not read as a registration list: its people could not be counted once each
skip-no-participants = the { $tool } lists no participants (row { $row } is its header); was the right meeting's report downloaded?
# An outcome sheet in the files table: $shape is rows, form-question, mentimeter or voters.
outcome-sheet-note = { $shape ->
    [rows] world-café outcomes, one row per idea: { PLURAL($n) ->
        [one] { $n } idea
       *[other] { $n } ideas
    }
    [form-question] ideas from a form's question: { PLURAL($n) ->
        [one] { $n } idea
       *[other] { $n } ideas
    }
    [mentimeter] world-café outcomes, Mentimeter results (a block per slide): { PLURAL($n) ->
        [one] { $n } idea
       *[other] { $n } ideas
    }
   *[voters] Mentimeter voters: one row per person, not read (their answers are on the session sheets)
}

## Reporting periods made by labreport (half-years) when the config names none

period-h1 = January–June { $year }
period-h2 = July–December { $year }

## The workbook (data/labreport.xlsx): sheet names (at most 31 characters, none of [ ] : * ? / \) and headers

sheet-cover = Cover
sheet-indicators = Indicators
sheet-by-stakeholder-type = By stakeholder type
sheet-by-sector = By sector
sheet-by-partner = By partner
sheet-labs = Labs
sheet-feedback = Feedback
sheet-organisations = Organisations
sheet-outcomes = Outcomes
column-period-label = Period label
column-question-mean = { $question } (mean)
column-nps = NPS
column-organisation = Organisation
column-labs = Labs
cover-project = Project
cover-programme = Programme
cover-funding = Funding
cover-contact = Contact
cover-generated = Generated
cover-labs = Labs reported
cover-withheld = Withheld counts
cover-sheets = Sheets
workbook-comment = Made by labreport
