//! CSV and other delimited text: the encoding and the delimiter are detected, not assumed.

use encoding_rs::Encoding;

use super::{Data, Limits, ReadError, Sheet};

pub fn read_csv(bytes: &[u8], limits: Limits) -> Result<Sheet<'static>, ReadError> {
    if let Some(found) = binary(bytes) {
        return Err(ReadError::NotText { found });
    }
    let text = decode(bytes);
    if let Some(line) = unclosed_quote(&text) {
        return Err(ReadError::Csv(format!(
            "the quote opened on line {line} is never closed, so the rest of the file would be one cell; fix that line (or export the file again)"
        )));
    }
    let delimiter = sniff_delimiter(&text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    // Where each line starts, to place records (the csv crate skips blank lines).
    let newlines: Vec<usize> = text
        .bytes()
        .enumerate()
        .filter(|&(_, b)| b == b'\n')
        .map(|(i, _)| i)
        .collect();
    let mut rows = Vec::new();
    let mut slots = 0usize;
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(|e| {
            let line = e.position().map(|p| p.line()).unwrap_or(i as u64 + 1);
            ReadError::Csv(format!(
                "the CSV text cannot be read from line {line} on ({}); check for an unclosed quote and export it again",
                csv_reason(&e)
            ))
        })?;
        slots += record.len();
        if record.len() > limits.max_columns || slots > limits.max_cells {
            return Err(ReadError::TooLarge {
                sheet: "(the CSV file)".into(),
                what: format!("row {} has {} columns", i + 1, record.len()),
                limit: format!(
                    "{} columns and {} cells",
                    limits.max_columns, limits.max_cells
                ),
            });
        }
        // Blank lines are rows too when the file is opened in a spreadsheet: place each
        // record by its line so that cell references match what the user sees.
        // A record's position is where the reader resumed, before any blank lines it skipped.
        let line = record.position().map_or(rows.len(), |p| {
            let start = p.byte() as usize
                + text.as_bytes()[p.byte() as usize..]
                    .iter()
                    .take_while(|&&b| b == b'\n' || b == b'\r')
                    .count();
            newlines.partition_point(|&nl| nl < start)
        });
        if line >= limits.max_rows {
            return Err(ReadError::TooLarge {
                sheet: "(the CSV file)".into(),
                what: format!("over {} rows", limits.max_rows),
                limit: format!("{} rows", limits.max_rows),
            });
        }
        rows.resize_with(line.max(rows.len()), Vec::new);
        rows.push(
            record
                .iter()
                .map(|field| {
                    if field.trim().is_empty() {
                        Data::Empty
                    } else {
                        Data::String(field.to_string())
                    }
                })
                .collect(),
        );
    }
    split_quoted_tab_lines(&mut rows);
    Ok(Sheet {
        name: None,
        rows,
        hidden: false,
    })
}

/// Lines written as one quoted cell holding tabs (a browser extension's attendance list:
/// `"Names<TAB>2020-09-07 9:01<TAB>Arrival time"`): tab-separated text inside quotes, which
/// a spreadsheet shows as one cell. Where most rows are one cell and most of those hold a
/// tab, each is split at its tabs.
fn split_quoted_tab_lines(rows: &mut [Vec<Data<'static>>]) {
    fn text_of<'r>(row: &'r [Data<'static>]) -> Option<&'r str> {
        let mut cells = row.iter().filter(|d| !matches!(d, Data::Empty));
        match (cells.next(), cells.next()) {
            (Some(Data::String(s)), None) => Some(s),
            _ => None,
        }
    }
    let filled = rows
        .iter()
        .filter(|r| r.iter().any(|d| !matches!(d, Data::Empty)));
    let (mut one, mut tabbed, mut all) = (0, 0, 0);
    for row in filled {
        all += 1;
        if let Some(t) = text_of(row) {
            one += 1;
            tabbed += usize::from(t.contains('\t'));
        }
    }
    if all < 2 || one * 2 <= all || tabbed * 2 <= one {
        return;
    }
    for row in rows.iter_mut() {
        if let Some(t) = text_of(row)
            .filter(|t| t.contains('\t'))
            .map(str::to_string)
        {
            *row = t
                .split('\t')
                .map(|cell| {
                    if cell.trim().is_empty() {
                        Data::Empty
                    } else {
                        Data::String(cell.to_string())
                    }
                })
                .collect();
        }
    }
}

fn csv_reason(e: &csv::Error) -> String {
    match e.kind() {
        csv::ErrorKind::Utf8 { .. } => "invalid text".into(),
        csv::ErrorKind::UnequalLengths { .. } => "rows of unequal length".into(),
        _ => e.to_string(),
    }
}

/// What a file that is not text looks like, or `None` for text (UTF-16 counts as text).
fn binary(bytes: &[u8]) -> Option<&'static str> {
    let head = &bytes[..bytes.len().min(4096)];
    if Encoding::for_bom(head).is_some() || utf16_without_bom(head).is_some() {
        return None;
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x09 || (0x0E..0x20).contains(&b))
        .count();
    if controls * 20 > head.len().max(1) || head.contains(&0) {
        Some(super::describe(head))
    } else {
        None
    }
}

/// UTF-16 saved without a byte-order mark: ASCII text leaves every other byte zero.
fn utf16_without_bom(head: &[u8]) -> Option<&'static Encoding> {
    if head.len() < 8 {
        return None;
    }
    let pairs = head.len() / 2;
    let even_zero = head.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_zero = head.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    if odd_zero * 10 > pairs * 7 && even_zero * 10 < pairs {
        Some(encoding_rs::UTF_16LE)
    } else if even_zero * 10 > pairs * 7 && odd_zero * 10 < pairs {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

/// The line (1-based) of a quote that opens a field and is never closed.
fn unclosed_quote(text: &str) -> Option<usize> {
    let mut in_quotes = false;
    let mut opened_at = 0;
    let mut line = 1;
    let mut previous = '\n';
    for c in text.chars() {
        match c {
            '"' if in_quotes => in_quotes = false,
            // A quote opens a field only at its start (after a delimiter or a line break);
            // elsewhere it is a literal character, as the csv crate reads it.
            '"' if matches!(previous, ',' | ';' | '\t' | '|' | '\n' | '\r') => {
                in_quotes = true;
                opened_at = line;
            }
            '\n' => line += 1,
            _ => {}
        }
        previous = c;
    }
    in_quotes.then_some(opened_at)
}

/// Decodes the bytes: a byte-order mark first, then UTF-8, then a guess among the
/// legacy encodings (Windows-1250, 1252, 1257, …).
pub fn decode(bytes: &[u8]) -> String {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        return text.into_owned();
    }
    // Before UTF-8: ASCII in UTF-16 is also valid UTF-8, with a NUL after every letter.
    if let Some(encoding) = utf16_without_bom(&bytes[..bytes.len().min(4096)]) {
        return encoding.decode_without_bom_handling(bytes).0.into_owned();
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return text.to_string();
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(None, chardetng::Utf8Detection::Allow);
    encoding.decode_without_bom_handling(bytes).0.into_owned()
}

/// Picks the delimiter (`,` `;` tab `|`) that splits the first lines most consistently,
/// counting only outside quotes.
pub fn sniff_delimiter(text: &str) -> u8 {
    const CANDIDATES: [u8; 4] = [b',', b';', b'\t', b'|'];
    const LINES: usize = 30;
    // Counts per logical line (a quoted newline does not end a line).
    let mut counts: Vec<[usize; 4]> = Vec::new();
    let mut current = [0usize; 4];
    let mut in_quotes = false;
    let mut nonblank = false;
    for b in text.bytes() {
        match b {
            b'"' => in_quotes = !in_quotes,
            b'\n' if !in_quotes => {
                if nonblank {
                    counts.push(current);
                    if counts.len() == LINES {
                        break;
                    }
                }
                current = [0; 4];
                nonblank = false;
                continue;
            }
            _ if !in_quotes => {
                if let Some(i) = CANDIDATES.iter().position(|&c| c == b) {
                    current[i] += 1;
                }
            }
            _ => {}
        }
        if !b.is_ascii_whitespace() {
            nonblank = true;
        }
    }
    if nonblank && counts.len() < LINES {
        counts.push(current);
    }
    // For each candidate: how many lines hold it at all (the delimiter is in every line of
    // two cells or more, where a comma inside dates such as Teams' "3/12/25, 9:59:58 AM" is
    // only in some), then the most common non-zero count and how many lines have it.
    let mut best = (0usize, 0usize, 0usize, b',');
    for (i, &candidate) in CANDIDATES.iter().enumerate() {
        let mut tally: std::collections::BTreeMap<usize, usize> = Default::default();
        let mut holding = 0;
        for line in &counts {
            if line[i] > 0 {
                *tally.entry(line[i]).or_default() += 1;
                holding += 1;
            }
        }
        if let Some((&per_line, &lines)) = tally.iter().max_by_key(|&(&n, &lines)| (lines, n))
            && (holding, lines, per_line) > (best.0, best.1, best.2)
        {
            best = (holding, lines, per_line, candidate);
        }
    }
    best.3
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delimiters_are_detected() {
        assert_eq!(sniff_delimiter("a,b,c\n1,2,3\n"), b',');
        assert_eq!(
            sniff_delimiter("Nume;Prenume;Sector\nPop;Ana;IT, Turism\n"),
            b';'
        );
        assert_eq!(sniff_delimiter("a\tb\tc\n1\t2\t3\n"), b'\t');
        // Teams' attendance report: one-cell section titles, two-cell summary rows, and
        // dates with a comma in every row of the tables.
        assert_eq!(
            sniff_delimiter(
                "1. Summary\nMeeting title\tLab\nStart time\t3/12/25, 9:59:58 AM\n\n2. Participants\n\
                 Name\tFirst Join\tLast Leave\n\
                 Ana\t3/12/25, 10:00:00 AM\t3/12/25, 11:00:00 AM\n\
                 Ion\t3/12/25, 10:01:00 AM\t3/12/25, 11:00:00 AM\n\
                 Eva\t3/12/25, 10:02:00 AM\t3/12/25, 11:00:00 AM\n"
            ),
            b'\t'
        );
        // Commas inside quotes do not count.
        assert_eq!(
            sniff_delimiter("name;sector\n\"Pop, Ana\";\"ICT, Tourism\"\n\"Ion, Vlad\";ICT\n"),
            b';'
        );
    }

    #[test]
    fn encodings_are_detected() {
        // UTF-8 with BOM, UTF-16LE with BOM, and Windows-1250 without.
        assert_eq!(decode(b"\xEF\xBB\xBFTimi\xC8\x99oara"), "Timișoara");
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Kaunas\tĮmonė".encode_utf16().flat_map(|u| u.to_le_bytes()))
            .collect();
        assert_eq!(decode(&utf16), "Kaunas\tĮmonė");
        let (cp1250, _, _) =
            encoding_rs::WINDOWS_1250.encode("Poduzeće, Đakovo, Čakovec, Šibenik, Žminj");
        assert_eq!(decode(&cp1250), "Poduzeće, Đakovo, Čakovec, Šibenik, Žminj");
    }

    #[test]
    fn an_unclosed_quote_is_found_on_its_line() {
        assert_eq!(unclosed_quote("a,b\n\"x,y\n1,2\n"), Some(2));
        assert_eq!(unclosed_quote("a,\"b\nc\",d\n"), None);
        // A quote inside a field is a literal: 5" screen.
        assert_eq!(unclosed_quote("size\n5\" screen\n"), None);
        let e = read_csv(b"name,sector\n\"Ana,ICT\nIon,ICT\n", Limits::default()).unwrap_err();
        assert!(
            e.to_string()
                .starts_with("the quote opened on line 2 is never closed"),
            "{e}"
        );
    }

    #[test]
    fn utf16_without_bom_and_binary_files_are_told_apart() {
        let le: Vec<u8> = "Name\tEmail\r\nAna Čović\ta@x.org\r\n"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        assert_eq!(decode(&le), "Name\tEmail\r\nAna Čović\ta@x.org\r\n");
        assert_eq!(binary(&le), None);
        assert_eq!(
            binary(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            Some("a PNG image")
        );
        assert_eq!(binary("Timișoara,ICT\n".as_bytes()), None);
    }

    #[test]
    fn lines_quoted_whole_with_tabs_inside_are_split_at_the_tabs() {
        let sheet = read_csv(
            b"Attendance for: Lab on 2020-09-09\r\n\r\n\"Names\t2020-09-09 15:32\tArrival time\"\r\n\"Ana Pop\t?\t15:33 (30min) [16:02]\"\r\n",
            Limits::default(),
        )
        .unwrap();
        let text = |r: usize| -> Vec<String> {
            sheet.rows[r]
                .iter()
                .map(|d| match d {
                    Data::String(s) => s.clone(),
                    _ => String::new(),
                })
                .collect()
        };
        assert_eq!(text(0), ["Attendance for: Lab on 2020-09-09"]);
        assert_eq!(text(2), ["Names", "2020-09-09 15:32", "Arrival time"]);
        assert_eq!(text(3), ["Ana Pop", "?", "15:33 (30min) [16:02]"]);
    }

    #[test]
    fn rows_keep_their_places_and_blanks_are_empty() {
        let sheet = read_csv(b"a;b\n\n1; \n", Limits::default()).unwrap();
        assert_eq!(
            sheet.rows,
            vec![
                vec![Data::String("a".into()), Data::String("b".into())],
                vec![],
                vec![Data::String("1".into()), Data::Empty]
            ]
        );
    }
}
