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
withheld-note = { $marker }: a count withheld to protect the people behind it. Counts of 1 to { $max } people are withheld, and so are other counts from which one of them could be worked out (a total, another category, another lab). Rates, shares and mean ratings computed from a withheld count are withheld too.

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
indicators-intro = As the programme's monitoring asks for them. <strong>Participations</strong>: attendances, each person counted once per lab they attended (walk-ins included). <strong>People</strong>: distinct people who attended at least one lab; by stakeholder type, a person is counted under each type they came as. <strong>Organisations</strong>: distinct organisations among those who attended, however their names were written; each is counted under the stakeholder type its people gave most often in that period.
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
quality-withheld-counts = The rows of each sheet and how often each unmatched label occurs are withheld ({ $marker }): they count people. <code>labreport check</code> shows them to the project manager.
publishing-heading = Which files are for publishing
publishing-withheld = This report's pages (and their PDFs), its charts, the tables in <code>data/</code> (the CSV files, <code>figures.csv</code> and <code>labreport.xlsx</code>) withhold small counts of people as explained at the top of each page that has one: they are made for publishing.
publishing-shown = This report's pages (and their PDFs), its charts and the tables in <code>data/</code> hold no names, e-mail addresses or phone numbers, but they show every count, however small: set <code>[privacy] min_cell</code> in the config before publishing them where a small count could single someone out.
publishing-summary-json = <code>summary.json</code> holds every figure in full detail, small counts included: it is the project manager's file, not for publishing.
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
