//! Compile errors in CPython's terms: the exception class (SyntaxError, IndentationError,
//! TabError), the message as CPython words it for the common cases, and the position fields a
//! SyntaxError carries (1-based line, 1-based character offset, the source line).

use ruff_python_ast::ModModule;
use ruff_python_parser::{LexicalErrorType, ParseError, ParseErrorType, Parsed};
use ruff_text_size::{TextRange, TextSize};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    Syntax,
    Indentation,
    Tab,
}

impl ErrorKind {
    pub fn class_name(self) -> &'static str {
        match self {
            ErrorKind::Syntax => "SyntaxError",
            ErrorKind::Indentation => "IndentationError",
            ErrorKind::Tab => "TabError",
        }
    }
}

#[derive(Clone, Debug)]
pub struct CompileError {
    pub kind: ErrorKind,
    pub msg: String,
    pub filename: String,
    pub lineno: u32,
    /// 1-based character offset into `text`, as CPython's `SyntaxError.offset`.
    pub offset: u32,
    pub end_lineno: u32,
    /// -1 when CPython reports no end (an unindent that matches no outer level).
    pub end_offset: i32,
    /// The source line (without its newline), if available.
    pub text: Option<String>,
}

fn line_of(source: &str, offset: usize) -> (u32, usize, &str) {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    let start = source[..offset].rfind('\n').map(|i| i + 1).unwrap_or(0);
    let end = source[start..]
        .find('\n')
        .map(|i| start + i)
        .unwrap_or(source.len());
    let line = source[..start].matches('\n').count() as u32 + 1;
    (line, start, &source[start..end])
}

fn char_col(line_text: &str, byte_col: usize) -> u32 {
    let byte_col = byte_col.min(line_text.len());
    let mut b = byte_col;
    while !line_text.is_char_boundary(b) {
        b -= 1;
    }
    line_text[..b].chars().count() as u32 + 1
}

/// An error of `kind` pointing at `range` in `source`.
pub fn at_range(
    source: &str,
    filename: &str,
    kind: ErrorKind,
    msg: &str,
    range: TextRange,
) -> CompileError {
    let start = range.start().to_usize();
    let end = range.end().to_usize().max(start);
    let (lineno, ls, text) = line_of(source, start);
    let (end_lineno, els, etext) = line_of(source, end);
    let offset = char_col(text, start - ls);
    let mut end_offset = char_col(etext, end - els) as i32;
    let mut end_lineno = end_lineno;
    // A range ending with a line break ends on that line, one past the break.
    if end > start && source.as_bytes().get(end - 1) == Some(&b'\n') {
        let (l, bls, btext) = line_of(source, end - 1);
        end_lineno = l;
        end_offset = char_col(btext, end - 1 - bls) as i32 + 1;
    }
    CompileError {
        kind,
        msg: msg.to_string(),
        filename: filename.to_string(),
        lineno,
        offset,
        end_lineno,
        end_offset,
        text: Some(text.to_string()),
    }
}

/// Finds the first bracket left open at end of input, or a closing bracket with no opener.
fn bracket_error(source: &str) -> Option<(String, usize)> {
    let bytes = source.as_bytes();
    let mut stack: Vec<(u8, usize)> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        match c {
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\'' | b'"' => {
                // Skip a string literal (triple or single quoted); give up on unterminated ones.
                let triple = i + 2 < bytes.len() && bytes[i + 1] == c && bytes[i + 2] == c;
                let q = if triple { 3 } else { 1 };
                let mut j = i + q;
                loop {
                    if j >= bytes.len() {
                        return None;
                    }
                    if bytes[j] == b'\\' {
                        j += 2;
                        continue;
                    }
                    if !triple && bytes[j] == b'\n' {
                        return None;
                    }
                    if bytes[j] == c
                        && (!triple
                            || (j + 2 < bytes.len()
                                && bytes.get(j + 1) == Some(&c)
                                && bytes.get(j + 2) == Some(&c)))
                    {
                        j += q;
                        break;
                    }
                    j += 1;
                }
                i = j;
                continue;
            }
            b'(' | b'[' | b'{' => stack.push((c, i)),
            b')' | b']' | b'}' => {
                let open = match c {
                    b')' => b'(',
                    b']' => b'[',
                    _ => b'{',
                };
                match stack.pop() {
                    Some((o, _)) if o == open => {}
                    Some((o, pos)) => {
                        let _ = pos;
                        return Some((
                            format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                c as char, o as char
                            ),
                            i,
                        ));
                    }
                    None => return Some((format!("unmatched '{}'", c as char), i)),
                }
            }
            _ => {}
        }
        i += 1;
    }
    stack
        .first()
        .map(|&(o, pos)| (format!("'{}' was never closed", o as char), pos))
}

fn keyword_before_block(source: &str, offset: usize) -> Option<(String, u32)> {
    // Find the compound statement header line just before `offset`.
    let before = &source[..offset.min(source.len())];
    let trimmed = before.trim_end();
    if !trimmed.ends_with(':') {
        return None;
    }
    let line_start = trimmed.rfind('\n').map(|i| i + 1).unwrap_or(0);
    let line_no = source[..line_start].matches('\n').count() as u32 + 1;
    let header = trimmed[line_start..].trim_start();
    let word: String = header
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    let what = match word.as_str() {
        "if" => "'if' statement".to_string(),
        "elif" => "'elif' statement".to_string(),
        "else" => "'else' statement".to_string(),
        "for" => "'for' statement".to_string(),
        "while" => "'while' statement".to_string(),
        "with" => "'with' statement".to_string(),
        "try" => "'try' statement".to_string(),
        "except" => "'except' statement".to_string(),
        "finally" => "'finally' statement".to_string(),
        "class" => "class definition".to_string(),
        "def" => "function definition".to_string(),
        "async" => "function definition".to_string(),
        "match" => "'match' statement".to_string(),
        "case" => "'case' statement".to_string(),
        _ => return None,
    };
    Some((what, line_no))
}

pub fn from_parse_error(source: &str, filename: &str, e: &ParseError) -> CompileError {
    let start = e.location.start().to_usize();
    // Indentation problems first: they are reported before bracket errors by CPython.
    match &e.error {
        ParseErrorType::UnexpectedIndentation => {
            if let Some((kind, msg, r)) = from_source_text(source, start)
                && kind == ErrorKind::Tab
            {
                return no_caret(at_range(source, filename, kind, &msg, r));
            }
            // CPython's offset is the indentation's width (so no caret shows under the
            // stripped line) and there is no end.
            let (_, _, text) = line_of(source, start);
            let indent = text.len() - text.trim_start().len();
            let mut err = at_range(
                source,
                filename,
                ErrorKind::Indentation,
                "unexpected indent",
                e.location,
            );
            err.offset = text[..indent].chars().count() as u32;
            err.end_offset = -1;
            return err;
        }
        ParseErrorType::Lexical(LexicalErrorType::IndentationError) => {
            // CPython points just past the end of the offending line.
            let (_, ls, text) = line_of(source, start);
            let end = ls + text.trim_end_matches('\r').len();
            let mut err = at_range(
                source,
                filename,
                ErrorKind::Indentation,
                "unindent does not match any outer indentation level",
                range(end, end),
            );
            err.end_offset = -1;
            return err;
        }
        _ => {}
    }
    let text = e.error.to_string();
    if text.contains("indented block")
        || matches!(&e.error, ParseErrorType::ExpectedToken { expected, .. } if format!("{expected}") == "indent")
    {
        if let Some((what, line)) = keyword_before_block(source, start) {
            let msg = format!("expected an indented block after {what} on line {line}");
            // CPython points at the first token of the unindented line.
            let mut p = start;
            while p < source.len() && matches!(source.as_bytes()[p], b' ' | b'\t' | b'\n' | b'\r') {
                p += 1;
            }
            if p >= source.len() {
                // The file ends instead: CPython points at its last line break (or its end).
                let q = match source.strip_suffix('\n') {
                    Some(head) => head.len(),
                    None => source.len(),
                };
                let mut err = at_range(source, filename, ErrorKind::Indentation, &msg, range(q, q));
                err.end_offset = -1;
                return err;
            }
            // It spans that token when it is a name or keyword, else one character.
            let word = source[p..]
                .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .unwrap_or(source.len() - p);
            let end = p + word.max(1).min(source.len() - p);
            let r = TextRange::new(TextSize::new(p as u32), TextSize::new(end as u32));
            return at_range(source, filename, ErrorKind::Indentation, &msg, r);
        }
        return at_range(
            source,
            filename,
            ErrorKind::Indentation,
            "expected an indented block",
            e.location,
        );
    }
    if let Some((msg, r)) = fstring_error(source, e) {
        return at_range(source, filename, ErrorKind::Syntax, &msg, r);
    }
    if let ParseErrorType::Lexical(LexicalErrorType::UnclosedStringError) = &e.error {
        let (line, ..) = line_of(source, source.len().saturating_sub(1));
        let quote_triple =
            source[start..].starts_with("\"\"\"") || source[start..].starts_with("'''");
        let detected = if quote_triple {
            line
        } else {
            line_of(source, start).0
        };
        let msg = if quote_triple {
            format!("unterminated triple-quoted string literal (detected at line {detected})")
        } else {
            format!("unterminated string literal (detected at line {detected})")
        };
        let r = TextRange::new(e.location.start(), e.location.start() + TextSize::new(1));
        return at_range(source, filename, ErrorKind::Syntax, &msg, r);
    }
    if source.trim_end_matches(['\n', '\r']).ends_with('\\') && bracket_error(source).is_none() {
        // A line continuation with nothing after it.
        let end = source.trim_end_matches(['\n', '\r']).len();
        let mut err = at_range(
            source,
            filename,
            ErrorKind::Syntax,
            "unexpected EOF while parsing",
            range(end, end),
        );
        let (_, _, text) = line_of(source, end - 1);
        err.offset = text.chars().count() as u32 + 1;
        err.end_offset = -1;
        return err;
    }
    if let Some((msg, pos)) = bracket_error(source)
        && (!msg.ends_with("was never closed") || unclosed_explains(source, pos, start))
    {
        let r = TextRange::new(TextSize::new(pos as u32), TextSize::new(pos as u32 + 1));
        let mut err = at_range(source, filename, ErrorKind::Syntax, &msg, r);
        if msg.ends_with("was never closed") {
            // CPython reports no end column for an unclosed bracket.
            err.end_offset = 0;
        }
        return err;
    }
    if matches!(e.error, ParseErrorType::ExpectedKeywordParam) {
        // CPython points at the star in a `def`, at the token after it in a `lambda`.
        let star = source[..start.min(source.len())]
            .rfind('*')
            .unwrap_or(start);
        let mut p = star;
        let (_, line_start, line) = line_of(source, star);
        if line[..star - line_start].contains("lambda") && !line.trim_start().starts_with("def ") {
            p += 1;
            while source.as_bytes().get(p) == Some(&b' ') {
                p += 1;
            }
        }
        let msg = "named arguments must follow bare *";
        return at_range(
            source,
            filename,
            ErrorKind::Syntax,
            msg,
            word_range(source, p),
        );
    }
    if let ParseErrorType::ExpectedToken { expected, found } = &e.error {
        let exp = format!("{expected}");
        let found_s = format!("{found}");
        if (exp == "':'" || exp.contains(':') && exp.len() <= 4)
            && let Some(r) = assignment_in_condition(source, start)
        {
            let msg = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
            return at_range(source, filename, ErrorKind::Syntax, msg, r);
        }
        if (exp == "':'" || exp.contains(':') && exp.len() <= 4)
            && stray_token_in_header(source, start)
        {
            // `if x y:`: a token where the header's expression should have ended.
            return at_range(
                source,
                filename,
                ErrorKind::Syntax,
                "invalid syntax",
                word_range(source, start),
            );
        }
        if exp == "':'" || exp.contains(':') && exp.len() <= 4 {
            // CPython points just past the header.
            return at_range(
                source,
                filename,
                ErrorKind::Syntax,
                "expected ':'",
                e.location,
            );
        }
        if exp == "','"
            && (found_s == "name" || found_s == "int" || found_s == "string" || found_s == "float")
        {
            return at_range(
                source,
                filename,
                ErrorKind::Syntax,
                "invalid syntax. Perhaps you forgot a comma?",
                e.location,
            );
        }
    }
    match &e.error {
        ParseErrorType::InvalidAssignmentTarget
        | ParseErrorType::InvalidAugmentedAssignmentTarget => {
            let target = &source
                [e.location.start().to_usize()..e.location.end().to_usize().min(source.len())];
            let what = describe_source(target);
            let at = e.location.start().to_usize();
            let msg = if matches!(e.error, ParseErrorType::InvalidAugmentedAssignmentTarget) {
                format!("'{what}' is an illegal expression for augmented assignment")
            } else if what == "yield expression" && !first_target(source, at) {
                "assignment to yield expression not possible".to_string()
            } else if !first_target(source, at) || loop_target(source, at) {
                format!("cannot assign to {what}")
            } else if what == "literal"
                || what == "function call"
                || what == "expression"
                || what == "comparison"
                || what == "yield expression"
            {
                format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?")
            } else {
                format!("cannot assign to {what}")
            };
            return at_range(source, filename, ErrorKind::Syntax, &msg, e.location);
        }
        ParseErrorType::InvalidNamedAssignmentTarget => {
            let target = &source
                [e.location.start().to_usize()..e.location.end().to_usize().min(source.len())];
            let msg = format!(
                "cannot use assignment expressions with {}",
                describe_source(target)
            );
            return at_range(source, filename, ErrorKind::Syntax, &msg, e.location);
        }
        ParseErrorType::InvalidDeleteTarget => {
            let target = &source
                [e.location.start().to_usize()..e.location.end().to_usize().min(source.len())];
            let msg = format!("cannot delete {}", describe_source(target));
            return at_range(source, filename, ErrorKind::Syntax, &msg, e.location);
        }
        ParseErrorType::NonDefaultParamAfterDefaultParam => {
            return at_range(
                source,
                filename,
                ErrorKind::Syntax,
                "parameter without a default follows parameter with a default",
                e.location,
            );
        }
        ParseErrorType::PositionalAfterKeywordArgument => {
            return at_range(
                source,
                filename,
                ErrorKind::Syntax,
                "positional argument follows keyword argument",
                closing_paren(source, e.location.end().to_usize()),
            );
        }
        ParseErrorType::UnparenthesizedGeneratorExpression => {
            return at_range(
                source,
                filename,
                ErrorKind::Syntax,
                "Generator expression must be parenthesized",
                e.location,
            );
        }
        ParseErrorType::InvalidArgumentUnpackingOrder => {
            return at_range(
                source,
                filename,
                ErrorKind::Syntax,
                "iterable argument unpacking follows keyword argument unpacking",
                TextRange::at(e.location.start(), TextSize::new(1)),
            );
        }
        ParseErrorType::PositionalAfterKeywordUnpacking => {
            return at_range(
                source,
                filename,
                ErrorKind::Syntax,
                "positional argument follows keyword argument unpacking",
                closing_paren(source, e.location.end().to_usize()),
            );
        }
        ParseErrorType::OtherError(m) if m.starts_with("Cannot have both 'except'") => {
            // CPython points at the `except` keyword of the clause of the other kind.
            let r = TextRange::at(e.location.start(), TextSize::new(6));
            let msg = "cannot have both 'except' and 'except*' on the same 'try'";
            return at_range(source, filename, ErrorKind::Syntax, msg, r);
        }
        ParseErrorType::OtherError(m) if m == "Expected one or more exception types" => {
            let r = TextRange::at(e.location.start(), TextSize::new(1));
            let msg = "expected one or more exception types";
            return at_range(source, filename, ErrorKind::Syntax, msg, r);
        }
        _ => {}
    }
    if let Some((kind, msg, r)) = from_source_text(source, start) {
        return at_range(source, filename, kind, &msg, r);
    }
    if let Some(r) = tuple_augmented_target(source, start) {
        let msg = "'tuple' is an illegal expression for augmented assignment";
        return at_range(source, filename, ErrorKind::Syntax, msg, r);
    }
    if let ParseErrorType::OtherError(m) = &e.error
        && m.starts_with("Expected `except` or `finally`")
    {
        let r = word_range(source, start);
        let msg = "expected 'except' or 'finally' block";
        return at_range(source, filename, ErrorKind::Syntax, msg, r);
    }
    // CPython points at the offending token.
    let r = word_range(source, start);
    at_range(source, filename, ErrorKind::Syntax, "invalid syntax", r)
}

/// Whether a bracket left open at `open` is what CPython blames for a parse error at `err`:
/// the error is on a later line, or on the same line at something other than punctuation
/// that cannot continue the bracketed expression (there the error is plain invalid syntax).
fn unclosed_explains(source: &str, open: usize, err: usize) -> bool {
    let (open_line, ..) = line_of(source, open);
    let (err_line, ..) = line_of(source, err);
    if err >= source.trim_end().len() || err_line > open_line {
        return true;
    }
    let at = source[err..].chars().next().unwrap_or(' ');
    !matches!(at, ':' | ';' | '=' | ')' | ']' | '}' | ',' | '.')
}

/// The `)` closing the call whose argument list contains byte `from` (CPython reports
/// argument-order errors there); `from` itself when there is none.
fn closing_paren(source: &str, from: usize) -> TextRange {
    let mut depth = 0usize;
    for (i, c) in source.get(from..).unwrap_or("").char_indices() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ']' | '}' => depth = depth.saturating_sub(1),
            ')' if depth == 0 => return range(from + i, from + i + 1),
            ')' => depth -= 1,
            _ => {}
        }
    }
    range(from, from + 1)
}

/// `if x = 1:` and the like: when the parser stopped at a single `=` in a block header,
/// the span from the condition's start to the end of the value after the `=`.
fn assignment_in_condition(source: &str, at: usize) -> Option<TextRange> {
    let rest = source.get(at..)?;
    if !rest.starts_with('=') || rest.starts_with("==") {
        return None;
    }
    let (_, line_start, line) = line_of(source, at);
    let trimmed = line.trim_start();
    let indent = line.len() - trimmed.len();
    let keyword = ["if ", "elif ", "while "]
        .into_iter()
        .find(|k| trimmed.starts_with(k))?;
    let mut cond = line_start + indent + keyword.len();
    while source.as_bytes().get(cond) == Some(&b' ') {
        cond += 1;
    }
    let header_end = line_start + line.rfind(':').unwrap_or(line.len());
    let end = line_start + source[line_start..header_end].trim_end().len();
    (end > at).then(|| range(cond, end))
}

/// Whether the assignment target starting at byte `at` is the statement's first (CPython only
/// suggests `==` there): no assignment `=` precedes it on its line.
/// Whether the target at `at` is the target of a `for` (statement or comprehension): there
/// CPython does not suggest `==`.
fn loop_target(source: &str, at: usize) -> bool {
    let (_, start, _) = line_of(source, at);
    let Some(before) = source.get(start..at) else {
        return false;
    };
    match before.rfind("for ") {
        Some(i) => {
            (i == 0 || !is_word(before[..i].chars().last().unwrap_or(' ')))
                && !before[i..].contains(" in ")
        }
        None => false,
    }
}

/// For an "expected ':'" error at `at`: whether the header is one that holds an expression
/// (`if`, `elif`, `while`, `for`, `class`, `case`) and a stray token stands where the colon
/// should be, which CPython reports as plain invalid syntax.
fn stray_token_in_header(source: &str, at: usize) -> bool {
    let (_, start, line) = line_of(source, at);
    let head = line.trim_start();
    let keyword = head.split(|c: char| !is_word(c)).next().unwrap_or("");
    let Some(rest) = source.get(at.min(source.len())..) else {
        return false;
    };
    let next = rest.trim_start_matches([' ', '\t']).chars().next();
    matches!(keyword, "if" | "elif" | "while" | "for" | "class" | "case")
        && at > start
        && !matches!(next, None | Some('\n' | '\r' | '#'))
}

/// `a, b += 1`: an augmented assignment whose target is a bare tuple; the range of the
/// target.
fn tuple_augmented_target(source: &str, at: usize) -> Option<TextRange> {
    let (_, start, line) = line_of(source, at);
    const OPS: [&str; 13] = [
        "+=", "-=", "*=", "/=", "//=", "%=", "@=", "&=", "|=", "^=", ">>=", "<<=", "**=",
    ];
    let bytes = line.as_bytes();
    let mut depth = 0i32;
    let mut comma = false;
    for (i, &c) in bytes.iter().enumerate() {
        match c {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth -= 1,
            b',' if depth == 0 => comma = true,
            b'=' | b'\'' | b'"' | b'#' if depth == 0 && !comma => return None,
            _ if depth == 0 && comma => {
                // Compared as bytes: `i` may fall inside a multi-byte character.
                if let Some(op) = OPS.iter().find(|op| bytes[i..].starts_with(op.as_bytes()))
                    && !bytes[i + op.len()..].starts_with(b"=")
                    && start + i == at
                {
                    let target = line[..i].trim_end();
                    let lead = target.len() - target.trim_start().len();
                    return Some(range(start + lead, start + target.len()));
                }
            }
            _ => {}
        }
    }
    None
}

fn first_target(source: &str, at: usize) -> bool {
    let (_, start, _) = line_of(source, at);
    let before = &source.as_bytes()[start..at];
    !before.iter().enumerate().any(|(i, &c)| {
        c == b'='
            && !matches!(before.get(i + 1), Some(b'='))
            && !matches!(
                i.checked_sub(1).map(|j| before[j]),
                Some(b'=' | b'!' | b'<' | b'>')
            )
    })
}

/// Whether byte `col` of `line` lies inside a replacement field of an f-string that starts
/// on the same line (a heuristic: an f-string opening quote before it, and more `{` than `}`
/// after that quote, ignoring doubled braces).
fn in_fstring_field(line: &str, col: usize) -> bool {
    let before = &line[..col.min(line.len())];
    let b = before.as_bytes();
    let open = (1..b.len()).rev().find(|&i| {
        matches!(b[i], b'"' | b'\'')
            && matches!(b[i - 1], b'f' | b'F')
            && (i < 2 || !is_word(b[i - 2] as char) || matches!(b[i - 2], b'r' | b'R'))
    });
    let Some(q) = open else { return false };
    let field = before[q + 1..].replace("{{", "").replace("}}", "");
    field.matches('{').count() > field.matches('}').count()
}

/// CPython's wording and position for f-string errors: those the parser names, and the
/// ones it reports generically inside a replacement field.
fn fstring_error(source: &str, e: &ParseError) -> Option<(String, TextRange)> {
    use ruff_python_parser::InterpolatedStringErrorType as F;
    let start = e.location.start().to_usize().min(source.len());
    let end = e.location.end().to_usize().clamp(start, source.len());
    let text = source.get(start..end).unwrap_or("");
    let (_, ls, line) = line_of(source, start);
    let col = start - ls;
    // A lambda at the start of a field: CPython underlines it up to its colon.
    let field_start = line[..col.min(line.len())].rfind('{');
    if let Some(fs) = field_start
        && in_fstring_field(line, fs + 1)
    {
        let rest = &line[fs + 1..];
        let expr = rest.trim_start();
        if expr.starts_with("lambda") && !expr[6..].starts_with(is_word) {
            let a = ls + fs + 1 + (rest.len() - expr.len());
            let b = expr.find(':').map_or(a + 6, |i| a + i + 1);
            let msg = "f-string: lambda expressions are not allowed without parentheses";
            return Some((msg.into(), range(a, b)));
        }
    }
    let kind = match &e.error {
        ParseErrorType::FStringError(k)
        | ParseErrorType::Lexical(LexicalErrorType::FStringError(k)) => k,
        ParseErrorType::Lexical(LexicalErrorType::UnclosedStringError)
            if in_fstring_field(line, col) =>
        {
            return Some(("f-string: expecting '}'".into(), range(start, start)));
        }
        _ => {
            if !in_fstring_field(line, col) {
                return None;
            }
            let c = line[col.min(line.len())..].chars().next()?;
            let before = line[..col].trim_end();
            if matches!(c, '}' | '!' | ':' | '=') && before.ends_with('{') {
                return Some((
                    format!("f-string: valid expression required before '{c}'"),
                    range(start, start + 1),
                ));
            }
            let last = before.chars().next_back()?;
            if c == '}' && "+-*/%&|^<>@~".contains(last) {
                let at = ls + before.len() - 1;
                let msg = "f-string: expecting '=', or '!', or ':', or '}'";
                return Some((msg.into(), range(at, at + 1)));
            }
            return None;
        }
    };
    let msg = match kind {
        F::InvalidConversionFlag if !text.starts_with(is_word) => {
            "f-string: missing conversion character".into()
        }
        F::InvalidConversionFlag => {
            format!("f-string: invalid conversion character '{text}': expected 's', 'r', or 'a'")
        }
        // CPython gives these two an empty range.
        F::SingleRbrace => {
            return Some((
                "f-string: single '}' is not allowed".into(),
                range(start, start),
            ));
        }
        F::UnclosedLbrace => return Some(("f-string: expecting '}'".into(), range(start, start))),
        F::LambdaWithoutParentheses => {
            "f-string: lambda expressions are not allowed without parentheses".into()
        }
        F::ConversionFlagNotImmediatelyAfterExclamation => {
            // Underlined from the `!` to the end of the conversion character.
            let flag_end = source[end..]
                .find(|c: char| !is_word(c))
                .map_or(source.len(), |i| end + i);
            return Some((
                "f-string: conversion type must come right after the exclamanation mark".into(),
                range(start.saturating_sub(1), flag_end),
            ));
        }
        F::NewlineInFormatSpec => {
            "f-string: newlines are not allowed in format specifiers for single quoted f-strings"
                .into()
        }
        F::UnterminatedString | F::UnterminatedTripleQuotedString => return None,
    };
    Some((msg, range(start, start + 1)))
}

/// CPython shows no caret under the line for these errors (offset 0 means none).
fn no_caret(mut e: CompileError) -> CompileError {
    e.offset = 0;
    e.end_offset = 0;
    e
}

fn range(a: usize, b: usize) -> TextRange {
    TextRange::new(TextSize::new(a as u32), TextSize::new(b as u32))
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The identifier/number/keyword starting at byte `at` (one character if none).
fn word_range(source: &str, at: usize) -> TextRange {
    let end = source[at..]
        .char_indices()
        .find(|(_, c)| !is_word(*c))
        .map_or(source.len(), |(i, _)| at + i);
    range(at, end.max(at + 1).min(source.len().max(at + 1)))
}

/// CPython messages recognised from the source around an error the parser reported
/// generically: invalid characters, bad number literals, a missing comma, Python 2 print
/// statements, empty f-string fields and tabs mixed with spaces.
fn from_source_text(source: &str, start: usize) -> Option<(ErrorKind, String, TextRange)> {
    let mut at = start.min(source.len());
    while !source.is_char_boundary(at) {
        at -= 1;
    }
    let (_, ls, line) = line_of(source, at);
    let col = at - ls;
    let c = source[at..].chars().next();
    // Inconsistent tabs and spaces between this line and the previous indented one.
    let indent = |l: &str| l.len() - l.trim_start_matches([' ', '\t']).len();
    let this_ws = &line[..indent(line)];
    if !this_ws.is_empty() {
        let prev = source[..ls]
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty() && indent(l) > 0);
        if let Some(p) = prev {
            let prev_ws = &p[..indent(p)];
            if (this_ws.contains('\t') && prev_ws.contains(' ') && !prev_ws.contains('\t'))
                || (this_ws.contains(' ') && !this_ws.contains('\t') && prev_ws.contains('\t'))
            {
                return Some((
                    ErrorKind::Tab,
                    "inconsistent use of tabs and spaces in indentation".into(),
                    range(ls + this_ws.len(), ls + this_ws.len()),
                ));
            }
        }
    }
    if let Some(ch) = c
        && !ch.is_ascii()
        && !is_word(ch)
    {
        return Some((
            ErrorKind::Syntax,
            format!("invalid character '{ch}' (U+{:04X})", ch as u32),
            range(at, at + ch.len_utf8()),
        ));
    }
    // A number literal around the error position.
    let mut ns = at;
    while ns > ls
        && source[..ns]
            .chars()
            .next_back()
            .is_some_and(|p| is_word(p) || p == '.')
    {
        ns -= source[..ns].chars().next_back().unwrap().len_utf8();
    }
    let token: String = source[ns..]
        .chars()
        .take_while(|&ch| is_word(ch) || ch == '.')
        .collect();
    if token.starts_with(|ch: char| ch.is_ascii_digit()) {
        let lower = token.to_ascii_lowercase();
        let prefixed =
            lower.starts_with("0x") || lower.starts_with("0o") || lower.starts_with("0b");
        if !prefixed
            && token.len() > 1
            && token.starts_with('0')
            && token.chars().all(|ch| ch.is_ascii_digit() || ch == '_')
            && token.chars().any(|ch| ch != '0' && ch != '_')
        {
            return Some((
                ErrorKind::Syntax,
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix \
                 for octal integers"
                    .into(),
                range(ns, ns + 1),
            ));
        }
        if !prefixed
            && token
                .chars()
                .any(|ch| ch.is_alphabetic() && !matches!(ch, 'e' | 'E' | 'j' | 'J'))
        {
            return Some((
                ErrorKind::Syntax,
                "invalid decimal literal".into(),
                range(ns, ns + 1),
            ));
        }
    }
    // `print x`: the Python 2 statement.
    let trimmed = line.trim_start();
    let lead = line.len() - trimmed.len();
    if let Some(rest) = trimmed.strip_prefix("print ")
        && !rest.trim_start().starts_with(['(', '=', '.', ',', ')'])
        && !rest.trim().is_empty()
    {
        let end = ls + line.trim_end().len();
        return Some((
            ErrorKind::Syntax,
            "Missing parentheses in call to 'print'. Did you mean print(...)?".into(),
            range(ls + lead, end),
        ));
    }
    // Two expressions side by side inside brackets: a missing comma.
    let depth = line[..col].chars().fold(0i32, |d, ch| match ch {
        '(' | '[' | '{' => d + 1,
        ')' | ']' | '}' => d - 1,
        _ => d,
    });
    let prev = line[..col].trim_end();
    let starts_expr = c.is_some_and(|ch| is_word(ch) || ch == '"' || ch == '\'');
    if depth > 0
        && starts_expr
        && prev.len() < col
        && prev
            .ends_with(|ch: char| is_word(ch) || ch == '"' || ch == '\'' || ch == ')' || ch == ']')
    {
        // From the start of the previous token to the end of this one.
        let pb = prev.as_bytes();
        let mut s = prev.len();
        let quote = pb.last().copied().filter(|b| *b == b'"' || *b == b'\'');
        if let Some(q) = quote {
            s -= 1;
            while s > 0 && pb[s - 1] != q {
                s -= 1;
            }
            s = s.saturating_sub(1);
        } else {
            while s > 0 && (pb[s - 1].is_ascii_alphanumeric() || pb[s - 1] == b'_') {
                s -= 1;
            }
        }
        let mut e = col;
        let lb = line.as_bytes();
        if let Some(q) = lb.get(col).copied().filter(|b| *b == b'"' || *b == b'\'') {
            e += 1;
            while e < lb.len() && lb[e] != q {
                e += 1;
            }
            e = (e + 1).min(lb.len());
        } else {
            while e < lb.len() && (lb[e].is_ascii_alphanumeric() || lb[e] == b'_') {
                e += 1;
            }
        }
        return Some((
            ErrorKind::Syntax,
            "invalid syntax. Perhaps you forgot a comma?".into(),
            range(ls + s, ls + e),
        ));
    }
    None
}

fn describe_source(target: &str) -> &'static str {
    let t = target.trim();
    let first = t.chars().next().unwrap_or(' ');
    if t == "None" || t == "True" || t == "False" {
        return match t {
            "None" => "None",
            "True" => "True",
            _ => "False",
        };
    }
    if first.is_ascii_digit()
        || first == '"'
        || first == '\''
        || (first == '-'
            && t[1..]
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit()))
    {
        return "literal";
    }
    if t.starts_with("lambda") {
        return "lambda";
    }
    if t.trim_start_matches('(').starts_with("yield") {
        return "yield expression";
    }
    if t.ends_with(')') && !t.starts_with('(') {
        return "function call";
    }
    if t.starts_with('[') && t.contains(" for ") {
        return "list comprehension";
    }
    if t.starts_with('{') {
        return if t.contains(':') {
            "dict literal"
        } else {
            "set display"
        };
    }
    if t.contains("==") || t.contains('<') || t.contains('>') || t.contains("!=") {
        return "comparison";
    }
    if t.ends_with(']') && !t.starts_with('[') {
        return "subscript";
    }
    if t.starts_with('[') {
        return "list";
    }
    if t.starts_with('(') && t.ends_with(')') && t.contains(',') {
        return "tuple";
    }
    if t.contains('.') && t.chars().all(|c| is_word(c) || c == '.') {
        return "attribute";
    }
    "expression"
}

/// Syntax the parser accepts but Python 3.12 rejects (newer-version features).
pub fn check_unsupported(
    source: &str,
    filename: &str,
    parsed: &Parsed<ModModule>,
) -> Option<CompileError> {
    let e = parsed.unsupported_syntax_errors().first()?;
    Some(at_range(
        source,
        filename,
        ErrorKind::Syntax,
        "invalid syntax",
        e.range,
    ))
}
