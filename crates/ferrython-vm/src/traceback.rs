//! Printing uncaught exceptions the way CPython 3.12 does: the chain of causes and contexts,
//! `Traceback (most recent call last):` with one entry per frame, the source line with
//! `~`/`^` position markers, repeated-frame folding, notes, and SyntaxError's special form.

use crate::import::import_absolute;
use crate::objects::*;
use crate::value::{Kind, Value};
use crate::vm::{PyResult, Vm};
use std::io::Write;

pub fn source_line(vm: &Vm, file: &str, line: u32) -> Option<String> {
    // Like CPython's linecache: no lines for pseudo-files such as `<string>` or `<stdin>`.
    if file.starts_with('<') && file.ends_with('>') {
        return None;
    }
    let text = match vm.sources.get(file) {
        Some(s) => s.clone(),
        None => std::fs::read_to_string(file).ok()?,
    };
    text.lines()
        .nth(line.checked_sub(1)? as usize)
        .map(|s| s.to_string())
}

/// Writes a warning as the default `warnings` filter shows it: `file:line: Category: message`
/// and the stripped source line, attributed to the innermost running Python frame.
pub fn warn(vm: &mut Vm, category: &str, message: &str) {
    let (file, line) = match vm.frames.last() {
        Some(f) => {
            let loc = f.code.bc.location(vm.lasti);
            (f.code.bc.filename.to_string(), loc.line)
        }
        None => ("sys".to_string(), 1),
    };
    let mut text = format!("{file}:{line}: {category}: {message}\n");
    if let Some(src) = source_line(vm, &file, line) {
        let s = src.trim();
        if !s.is_empty() {
            text.push_str(&format!("  {s}\n"));
        }
    }
    use std::io::Write;
    let _ = std::io::stdout().flush();
    let _ = write!(std::io::stderr(), "{text}");
}

/// Reports an exception raised where nobody can catch it (a finalizer), as CPython's
/// `Exception ignored in: <obj>` block.
pub fn write_unraisable(vm: &mut Vm, e: &Value, obj: &Value) {
    if let Some(hook) = user_hook(vm, "unraisablehook") {
        let r = import_absolute(vm, "_unraisable")
            .and_then(|m| vm.getattr_str(&m, "UnraisableHookArgs"))
            .and_then(|cls| {
                let ty = vm.type_of(e);
                let tb = vm.getattr_str(e, "__traceback__")?;
                let none = vm.none.clone();
                let args = vm.call(&cls, &[ty, e.clone(), tb, none, obj.clone()], &[])?;
                vm.call(&hook, &[args], &[])
            });
        if let Err(err) = r {
            let text = format_exception(vm, &err.0);
            let _ = write!(
                std::io::stderr(),
                "Exception ignored in sys.unraisablehook: {}\n{text}",
                vm.repr_string(&hook).unwrap_or_default()
            );
        }
        return;
    }
    default_unraisable(vm, e, Some(obj), None);
}

/// CPython's report of an exception nothing can catch: `err_msg: repr(obj)`, then the
/// traceback.
fn default_unraisable(vm: &mut Vm, e: &Value, obj: Option<&Value>, err_msg: Option<&str>) {
    let msg = err_msg.unwrap_or("Exception ignored in");
    let head = match obj {
        Some(o) => {
            let r = vm
                .repr_string(o)
                .unwrap_or_else(|_| "<object repr() failed>".to_string());
            format!("{msg}: {r}\n")
        }
        None => format!("{msg}\n"),
    };
    let text = if e.kind() == Some(Kind::Exception) {
        format_exception(vm, e)
    } else {
        String::new()
    };
    let _ = std::io::stdout().flush();
    let _ = write!(std::io::stderr(), "{head}{text}");
}

/// `sys.<name>` when a program replaced it (it differs from `sys.__<name>__`).
fn user_hook(vm: &mut Vm, name: &str) -> Option<Value> {
    let hook = sys_attr(vm, name)?;
    let default = sys_attr(vm, &format!("__{name}__"));
    if default.is_some_and(|d| d.is(&hook)) {
        None
    } else {
        Some(hook)
    }
}

/// `sys.__unraisablehook__`: prints the report from the hook-arguments object.
pub fn sys_unraisablehook(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let Some(args) = a.first() else {
        return Err(vm.type_error("unraisablehook() takes exactly one argument (0 given)"));
    };
    let e = vm.getattr_str(args, "exc_value")?;
    let obj = vm.getattr_str(args, "object")?;
    let msg = vm.getattr_str(args, "err_msg")?;
    let msg = if msg.is(&vm.none) {
        None
    } else {
        Some(vm.str_string(&msg)?)
    };
    let obj = (!obj.is(&vm.none)).then_some(obj);
    default_unraisable(vm, &e, obj.as_ref(), msg.as_deref());
    Ok(vm.none.clone())
}

/// `sys.__excepthook__(type, value, traceback)`: prints the exception as an uncaught one.
pub fn sys_excepthook(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    if a.len() != 3 {
        return Err(vm.type_error(format!("excepthook expected 3 arguments, got {}", a.len())));
    }
    print_default(vm, &a[1]);
    Ok(vm.none.clone())
}

/// Offset of the binary operator inside `span` (a binary expression's source), if found.
fn find_binop(span: &str) -> Option<(usize, usize)> {
    let b = span.as_bytes();
    let mut depth = 0i32;
    let mut i = 0;
    let mut found: Option<(usize, usize, u8)> = None;
    let mut prev_operand = false;
    while i < b.len() {
        let c = b[i];
        match c {
            b'(' | b'[' | b'{' => {
                depth += 1;
                prev_operand = false;
            }
            b')' | b']' | b'}' => {
                depth -= 1;
                prev_operand = true;
            }
            b'\'' | b'"' => {
                let q = c;
                i += 1;
                while i < b.len() && b[i] != q {
                    if b[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
                prev_operand = true;
            }
            b' ' | b'\t' => {}
            b'+' | b'-' | b'*' | b'/' | b'%' | b'@' | b'&' | b'|' | b'^' | b'<' | b'>'
                if depth == 0 && prev_operand =>
            {
                let two = i + 1 < b.len() && matches!(&b[i..i + 2], b"**" | b"//" | b"<<" | b">>");
                let len = if two { 2 } else { 1 };
                // The root of the expression is its loosest-binding operator: the last of
                // them (left-associative), or the first for `**` (right-associative).
                let level = match (c, two) {
                    (b'|', _) => 1,
                    (b'^', _) => 2,
                    (b'&', _) => 3,
                    (b'<' | b'>', _) => 4,
                    (b'+' | b'-', _) => 5,
                    (b'*', true) => 7,
                    _ => 6,
                };
                let replace = match found {
                    None => true,
                    Some((_, _, l)) => level < l || (level == l && level != 7),
                };
                if replace {
                    found = Some((i, len, level));
                }
                i += len;
                prev_operand = false;
                continue;
            }
            _ => {
                prev_operand = c.is_ascii_alphanumeric() || c == b'_' || c == b'.';
            }
        }
        i += 1;
    }
    found.map(|(at, len, _)| (at, len))
}

/// The marker line under `line` for a span `col..end_col` (byte columns), or None when
/// CPython would print none.
fn markers(line: &str, col: usize, end_col: usize, kind: Option<&str>) -> Option<String> {
    let stripped_start = line.len() - line.trim_start().len();
    let stripped_end = line.trim_end().len();
    // A range covering the whole line gets no markers, unless it has anchors (a binary
    // operator or a subscript) to point out inside it.
    let whole = col <= stripped_start && end_col >= stripped_end;
    if whole && kind.is_none() {
        return None;
    }
    if end_col <= col || end_col > line.len() {
        return None;
    }
    let span = &line[col..end_col];
    let width = |s: &str| s.chars().count();
    let pad = " ".repeat(width(&line[stripped_start..col]));
    let mut m = String::new();
    match kind {
        Some("binop") => {
            if let Some((at, len)) = find_binop(span) {
                // Both operands and the spaces around the operator are marked '~'.
                m.push_str(&"~".repeat(width(&span[..at])));
                m.push_str(&"^".repeat(len));
                m.push_str(&"~".repeat(width(&span[at + len..])));
                return Some(format!("{pad}{m}"));
            }
        }
        Some("subscr") => {
            let b = span.as_bytes();
            let mut depth = 0;
            let mut pos = None;
            for (i, &c) in b.iter().enumerate() {
                match c {
                    b'[' => {
                        if depth == 0 {
                            pos = Some(i);
                        }
                        depth += 1;
                    }
                    b'(' | b'{' => depth += 1,
                    b']' | b')' | b'}' => depth -= 1,
                    _ => {}
                }
            }
            if let Some(p) = pos {
                m.push_str(&"~".repeat(width(&span[..p])));
                m.push_str(&"^".repeat(width(&span[p..])));
                return Some(format!("{pad}{m}"));
            }
        }
        _ => {}
    }
    if whole {
        return None;
    }
    Some(format!("{pad}{}", "^".repeat(width(span))))
}

fn instr_kind(code: &crate::code::CodeInner, offset: usize) -> Option<&'static str> {
    let (op, arg) = ferrython_bytecode::opcode::decode(code.bc.code.get(offset).copied()?);
    match ferrython_bytecode::Opcode::from_u8(op)? {
        // An augmented assignment's operation spans its statement: no anchors.
        ferrython_bytecode::Opcode::BINARY_OP
            if arg >= ferrython_bytecode::opcode::BinOp::INPLACE =>
        {
            None
        }
        ferrython_bytecode::Opcode::BINARY_OP => Some("binop"),
        ferrython_bytecode::Opcode::BINARY_SUBSCR
        | ferrython_bytecode::Opcode::STORE_SUBSCR
        | ferrython_bytecode::Opcode::DELETE_SUBSCR => Some("subscr"),
        _ => None,
    }
}

/// Attribute `name` of the `sys` module, read from its namespace.
fn sys_attr(vm: &mut Vm, name: &str) -> Option<Value> {
    let sys = vm.dict_get_name(&vm.modules.clone(), "sys")?;
    let d = sys.downcast::<PyModule>()?.dict.clone();
    vm.dict_get_name(&d, name)
}

/// `sys.tracebacklimit` when it is set to an int: how many of the most recent entries to show.
fn traceback_limit(vm: &mut Vm) -> Option<i64> {
    sys_attr(vm, "tracebacklimit")?.as_small_int()
}

/// Formats the traceback entries of one exception, the last `limit` of them when given.
fn format_tb(vm: &Vm, tb: Option<Value>, limit: Option<i64>, out: &mut String) {
    let mut entries: Vec<(String, u32, String, Option<String>)> = Vec::new();
    let mut cur = tb;
    while let Some(t) = cur {
        let Some(tbo) = t.downcast::<PyTraceback>() else {
            break;
        };
        let code = &tbo.code;
        let loc = code.bc.location(tbo.offset as usize);
        let file = code.bc.filename.to_string();
        let name = code.bc.name.to_string();
        let mut text = None;
        if let Some(line) = source_line(vm, &file, loc.line) {
            let stripped = line.trim().to_string();
            if !stripped.is_empty() {
                let mut s = format!("    {stripped}\n");
                if loc.end_line == loc.line
                    && let Some(m) = markers(
                        &line,
                        loc.col as usize,
                        loc.end_col as usize,
                        instr_kind(code, tbo.offset as usize),
                    )
                {
                    s.push_str(&format!("    {m}\n"));
                }
                text = Some(s);
            }
        }
        entries.push((file, loc.line, name, text));
        cur = tbo.next.borrow().clone();
    }
    if let Some(n) = limit {
        let keep = n.max(0) as usize;
        if entries.len() > keep {
            entries.drain(..entries.len() - keep);
        }
    }
    let mut i = 0;
    while i < entries.len() {
        let mut j = i + 1;
        while j < entries.len()
            && entries[j].0 == entries[i].0
            && entries[j].1 == entries[i].1
            && entries[j].2 == entries[i].2
        {
            j += 1;
        }
        let run = j - i;
        let show = run.min(3);
        for e in &entries[i..i + show] {
            out.push_str(&format!("  File \"{}\", line {}, in {}\n", e.0, e.1, e.2));
            if let Some(t) = &e.3 {
                out.push_str(t);
            }
        }
        if run > 3 {
            let more = run - 3;
            out.push_str(&format!(
                "  [Previous line repeated {more} more time{}]\n",
                if more == 1 { "" } else { "s" }
            ));
        }
        i = j;
    }
}

/// The final `Type: message` line(s) of an exception.
pub fn format_exception_only(vm: &mut Vm, e: &Value) -> String {
    let ty = vm.type_of(e);
    let t = ty.downcast::<PyType>().unwrap();
    let mut name = t.qualname.borrow().to_string();
    if t.heap {
        let module = vm.dict_get_name(&t.dict, "__module__");
        if let Some(m) = module.as_ref().and_then(|m| str_of(m))
            && m != "builtins"
            && m != "__main__"
        {
            name = format!("{m}.{name}");
        }
    }
    let mut out = String::new();
    let is_syntax = crate::ops::is_subtype(&ty, &vm.exc_type("SyntaxError"));
    if is_syntax && let Some(d) = e.header().attrs.borrow().clone() {
        let get = |vm: &mut Vm, k: &str| {
            let kk = vm.intern(k);
            vm.dict_get_str(&d, &kk)
        };
        let file = get(vm, "filename").and_then(|v| str_of(&v).map(|s| s.to_string()));
        let line = get(vm, "lineno").and_then(|v| v.as_small_int());
        let text = get(vm, "text").and_then(|v| str_of(&v).map(|s| s.to_string()));
        let offset = get(vm, "offset").and_then(|v| v.as_small_int());
        let end_offset = get(vm, "end_offset").and_then(|v| v.as_small_int());
        let end_line = get(vm, "end_lineno").and_then(|v| v.as_small_int());
        let msg = get(vm, "msg")
            .and_then(|v| str_of(&v).map(|s| s.to_string()))
            .unwrap_or_default();
        if let (Some(f), Some(l)) = (&file, line) {
            out.push_str(&format!("  File \"{f}\", line {l}\n"));
        }
        if let Some(t) = text {
            let t = t.trim_end_matches('\n');
            let lead = t.len() - t.trim_start().len();
            let lead_chars = t[..lead].chars().count() as i64;
            out.push_str(&format!("    {}\n", t.trim()));
            // No caret when the offset falls in the indentation stripped from the line, nor
            // (as CPython's top-level printer does) for a block header that ends the file.
            // A missing indented block is marked with one caret, whatever the token's width.
            let missing_block = msg.starts_with("expected an indented block after");
            let header_at_eof = missing_block && end_offset == Some(-1);
            if let Some(o) = offset.filter(|o| *o - lead_chars > 0 && !header_at_eof) {
                let start = (o - 1 - lead_chars).max(0);
                let tlen = t.trim().chars().count() as i64;
                let mut end = match (end_offset, end_line) {
                    (Some(eo), Some(el)) if Some(el) == line && eo > o && !missing_block => {
                        eo - 1 - lead_chars
                    }
                    _ => start + 1,
                };
                if end > tlen + 1 {
                    end = tlen + 1;
                }
                let width = (end - start).max(1);
                out.push_str(&format!(
                    "    {}{}\n",
                    " ".repeat(start as usize),
                    "^".repeat(width as usize)
                ));
            }
        }
        out.push_str(&format!("{name}: {msg}\n"));
        return out;
    }
    let mut msg = match vm.str_string(e) {
        Ok(s) => s,
        Err(_) => "<exception str() failed>".to_string(),
    };
    if let Some(hint) = crate::suggest::hint(vm, e) {
        msg.push_str(&hint);
    }
    if msg.is_empty() {
        out.push_str(&format!("{name}\n"));
    } else {
        out.push_str(&format!("{name}: {msg}\n"));
    }
    // Notes.
    if let Some(d) = e.header().attrs.borrow().clone() {
        let k = vm.intern("__notes__");
        if let Some(notes) = vm.dict_get_str(&d, &k)
            && let Some(l) = notes.downcast::<PyList>()
        {
            for n in l.0.borrow().clone() {
                let s = vm.str_string(&n).unwrap_or_default();
                out.push_str(&s);
                out.push('\n');
            }
        }
    }
    out
}

/// Formats an exception with its chain, as `sys.excepthook` prints it.
pub fn format_exception(vm: &mut Vm, e: &Value) -> String {
    let mut seen: Vec<usize> = Vec::new();
    let mut out = String::new();
    format_chain(vm, e, &mut seen, &mut out, 0);
    out
}

/// The members of an exception group (None for other exceptions). Groups exist only once
/// the `_exceptiongroup` module has been loaded.
fn group_members(vm: &mut Vm, e: &Value) -> Option<Vec<Value>> {
    let key = vm.intern("_exceptiongroup");
    let modules = vm.modules.clone();
    let m = vm.dict_get_str(&modules, &key)?;
    let base = vm.getattr_str(&m, "BaseExceptionGroup").ok()?;
    if !crate::ops::is_subtype(&vm.type_of(e), &base) {
        return None;
    }
    let excs = vm.getattr_str(e, "exceptions").ok()?;
    vm.collect(&excs).ok()
}

/// Appends `text` with each line boxed at group nesting `depth` (no box at depth 0).
fn emit(out: &mut String, depth: usize, margin: char, text: &str) {
    if depth == 0 {
        out.push_str(text);
        return;
    }
    for (i, line) in text.lines().enumerate() {
        let m = if i == 0 { margin } else { '|' };
        out.push_str(&format!("{}{m} {line}\n", "  ".repeat(depth)));
    }
}

/// The rule between the members of a group: `+-+---- 1 ----` for the first member,
/// `+---- n ----` for later ones, `+--------` after the last.
fn group_separator(depth: usize, index: Option<usize>) -> String {
    let dashes = "-".repeat(16);
    match index {
        Some(1) => format!("{}+-+{dashes} 1 {dashes}\n", "  ".repeat(depth)),
        Some(n) => format!("{}+{dashes} {n} {dashes}\n", "  ".repeat(depth + 1)),
        None => format!("{}+{}\n", "  ".repeat(depth + 1), "-".repeat(36)),
    }
}

fn format_chain(vm: &mut Vm, e: &Value, seen: &mut Vec<usize>, out: &mut String, depth: usize) {
    seen.push(e.id());
    let members = group_members(vm, e);
    let depth = if members.is_some() {
        depth.max(1)
    } else {
        depth
    };
    if let Some(x) = e.downcast::<PyException>() {
        let cause = x.cause.borrow().clone();
        let context = x.context.borrow().clone();
        if let Some(c) = cause {
            if !seen.contains(&c.id()) {
                format_chain(vm, &c, seen, out, depth);
                emit(
                    out,
                    depth,
                    '|',
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            }
        } else if let Some(c) = context
            && !x.suppress_context.get()
            && !seen.contains(&c.id())
        {
            format_chain(vm, &c, seen, out, depth);
            emit(
                out,
                depth,
                '|',
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
        let tb = x.traceback.borrow().clone();
        let limit = traceback_limit(vm);
        if tb.is_some() && limit.is_none_or(|n| n > 0) {
            let mut text = String::from(if members.is_some() {
                "Exception Group Traceback (most recent call last):\n"
            } else {
                "Traceback (most recent call last):\n"
            });
            format_tb(vm, tb, limit, &mut text);
            emit(out, depth, if members.is_some() { '+' } else { '|' }, &text);
        }
    }
    let last = format_exception_only(vm, e);
    emit(out, depth, '|', &last);
    if let Some(members) = members {
        for (i, m) in members.iter().enumerate() {
            out.push_str(&group_separator(depth, Some(i + 1)));
            format_chain(vm, m, seen, out, depth + 1);
        }
        out.push_str(&group_separator(depth, None));
    }
}

/// Prints an uncaught exception to stderr (honouring a user `sys.excepthook`).
pub fn print_exception(vm: &mut Vm, e: &Value) {
    if let Some(hook) = user_hook(vm, "excepthook") {
        let ty = vm.type_of(e);
        let tb = vm
            .getattr_str(e, "__traceback__")
            .unwrap_or_else(|_| vm.none.clone());
        if let Err(err) = vm.call(&hook, &[ty, e.clone(), tb], &[]) {
            let _ = std::io::stdout().flush();
            let _ = writeln!(std::io::stderr(), "Error in sys.excepthook:");
            print_default(vm, &err.0);
            let _ = writeln!(std::io::stderr(), "\nOriginal exception was:");
            print_default(vm, e);
        }
        return;
    }
    print_default(vm, e);
}

fn print_default(vm: &mut Vm, e: &Value) {
    let _ = std::io::stdout().flush();
    if e.kind() != Some(Kind::Exception) {
        return;
    }
    let s = format_exception(vm, e);
    let _ = std::io::stderr().write_all(s.as_bytes());
}

/// What CPython points its anchors at in a failing span: a binary operation (its operator)
/// or a subscript (its brackets), judged from the text as CPython judges from its AST.
fn span_kind(span: &str) -> Option<&'static str> {
    // Only what is left outside brackets and string literals decides the root of the span.
    let mut top = String::new();
    let mut depth = 0i32;
    let mut quote: Option<char> = None;
    let mut chars = span.chars();
    while let Some(c) = chars.next() {
        match (quote, c) {
            (Some(_), '\\') => {
                chars.next();
            }
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '\'' | '"') => {
                quote = Some(c);
                top.push('s');
            }
            (None, '(' | '[' | '{') => depth += 1,
            (None, ')' | ']' | '}') => depth -= 1,
            (None, c) if depth == 0 => top.push(c),
            _ => {}
        }
    }
    let padded = format!(" {top} ");
    let statement = [
        "assert", "raise", "return", "del", "import", "from", "yield", "await",
    ]
    .iter()
    .any(|k| top.trim_start().starts_with(&format!("{k} ")));
    let not_binop = statement
        || top.contains(',')
        || top.contains("==")
        || top.contains("!=")
        || top.contains(":=")
        || top.replace("<<", "").replace(">>", "").contains(['<', '>'])
        || [" in ", " is ", " and ", " or ", " not ", " if ", " lambda "]
            .iter()
            .any(|w| padded.contains(w));
    if not_binop {
        return None;
    }
    if find_binop(span).is_some() {
        return Some("binop");
    }
    // A subscript: the span ends with a bracket pair that follows something (`[1, 2][5]`
    // subscripts a list display; `[1, 2]` alone is the display).
    let t = span.trim_end();
    if !t.ends_with(']') {
        return None;
    }
    let mut depth = 0i32;
    for (i, c) in t.char_indices().rev() {
        match c {
            ']' | ')' | '}' => depth += 1,
            '[' | '(' | '{' => {
                depth -= 1;
                if depth == 0 {
                    return (!t[..i].trim().is_empty()).then_some("subscr");
                }
            }
            _ => {}
        }
    }
    None
}

/// `_traceback.markers(line, colno, end_colno, multiline)`: the marker line (without the
/// four-space margin) that CPython prints under `line` for the span, or None.
fn tb_markers(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let [line, col, end_col, multiline] = a else {
        return Err(vm.type_error("markers() takes exactly 4 arguments"));
    };
    let Some(line) = str_of(line).map(str::to_string) else {
        return Err(vm.type_error("markers() argument 1 must be str"));
    };
    let col = vm.index_value(col)?.max(0) as usize;
    let multiline = vm.truthy(multiline)?;
    let end_col = if multiline {
        line.trim_end().len()
    } else {
        vm.index_value(end_col)?.max(0) as usize
    };
    let fits = col <= end_col
        && end_col <= line.len()
        && line.is_char_boundary(col)
        && line.is_char_boundary(end_col);
    let kind = if multiline || !fits {
        None
    } else {
        span_kind(&line[col..end_col])
    };
    Ok(
        match fits.then(|| markers(&line, col, end_col, kind)).flatten() {
            Some(m) => vm.str(m),
            None => vm.none.clone(),
        },
    )
}

/// The native `_traceback` module behind `lib/traceback.py`'s position markers.
pub fn module_functions() -> Vec<(&'static str, crate::vm::NativeFn)> {
    vec![("markers", tb_markers)]
}

/// `code.co_positions()`: (lineno, end_lineno, col, end_col) for each code unit.
pub fn code_positions(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let Some(code) = a
        .first()
        .and_then(|c| c.downcast::<PyCode>())
        .map(|c| c.0.clone())
    else {
        return Err(vm.type_error("co_positions() needs a code object"));
    };
    let n = code.bc.code.len();
    let mut out = Vec::with_capacity(n);
    for offset in 0..n {
        let loc = code.bc.location(offset);
        let t = if loc.line == 0 {
            vec![vm.none.clone(); 4]
        } else {
            vec![
                vm.int(loc.line as i64),
                vm.int(loc.end_line as i64),
                vm.int(loc.col as i64),
                vm.int(loc.end_col as i64),
            ]
        };
        out.push(vm.tuple(t));
    }
    let l = vm.list(out);
    vm.iter(&l)
}
