//! Files: `open()` and the standard streams. A file object reads its whole content on
//! open (read modes, decoding text on first use) or buffers writes until `flush`/`close`
//! (write modes), and holds the file open for `fileno()`; the standard streams write
//! straight to the process's descriptors. Binary files keep their content in the same text
//! buffer through latin-1 (each byte is the character of the same value), so reading lines
//! and counts works alike for both kinds.

use std::cell::{Cell, RefCell};
use std::io::Write;

use crate::builtins::{add_method, split_kw};
use crate::objects::*;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub struct PyFile {
    pub path: String,
    pub mode: String,
    /// 0 = regular file, 1 = stdout, 2 = stderr, 3 = stdin.
    pub fd: i32,
    pub data: RefCell<String>,
    pub pos: Cell<usize>,
    pub closed: Cell<bool>,
    pub writable: bool,
    /// Opened with 'b': reads give bytes and writes take bytes-like objects.
    pub binary: bool,
    /// Text files: the encoding and error handler of their bytes on disk.
    pub encoding: String,
    pub errors: String,
    /// Text files: `open()`'s `newline` (None: universal newlines on input, `\n` out).
    pub newline: Option<String>,
    /// The kinds of line ending in the file as read (bit 0 `\r`, 1 `\n`, 2 `\r\n`), shown
    /// by `newlines` once reading has begun.
    pub nl_kinds: Cell<u8>,
    pub read_begun: Cell<bool>,
    /// Text files opened for reading: the bytes read at `open()`, decoded by the first
    /// operation that needs the text (so a decoding error is raised there, as in CPython).
    pub undecoded: RefCell<Option<Vec<u8>>>,
    /// Mode "a": the size of the file before the content in the buffer, for `tell()`.
    pub tell_base: Cell<usize>,
    /// Regular files: the file, held open for `fileno()` (the content itself is read at
    /// `open()` and written back by `flush`).
    pub handle: RefCell<Option<std::fs::File>>,
    /// How far past the end of the content a seek went: a write there first fills the gap
    /// with zero bytes, as the file system does.
    pub past_end: Cell<usize>,
}

/// Which line endings `text` contains, as `PyFile::nl_kinds` bits.
fn newline_kinds(text: &str) -> u8 {
    let b = text.as_bytes();
    let mut kinds = 0;
    for (i, &c) in b.iter().enumerate() {
        match c {
            b'\r' if b.get(i + 1) == Some(&b'\n') => kinds |= 4,
            b'\r' => kinds |= 1,
            b'\n' if i == 0 || b[i - 1] != b'\r' => kinds |= 2,
            _ => {}
        }
    }
    kinds
}

fn is_readable(f: &PyFile) -> bool {
    f.fd == 3 || f.mode.contains('r') || f.mode.contains('+')
}

/// `io.UnsupportedOperation(what)`, for reads of write-only files and the like.
fn unsupported(vm: &mut Vm, what: &str) -> crate::vm::PyErr {
    let cls = crate::import::import_absolute(vm, "io")
        .and_then(|io| vm.getattr_str(&io, "UnsupportedOperation"));
    let arg = vm.str(what);
    match cls.and_then(|c| vm.call(&c, &[arg], &[])) {
        Ok(e) => crate::vm::PyErr(e),
        Err(e) => e,
    }
}

/// Checks that `f` may be read, and notes that reading has begun.
fn check_readable(vm: &mut Vm, f: &PyFile) -> PyResult<()> {
    if !is_readable(f) {
        return Err(unsupported(vm, "not readable"));
    }
    f.read_begun.set(true);
    Ok(())
}

/// The bytes on disk for a text file's content: newlines translated as `newline` asks, then
/// encoded. Codecs other than UTF-8 go through `strings::encode_str` when a VM is at hand
/// (a file dropped without `close()` falls back to latin-1/ASCII/UTF-8 without one).
fn encode_text(vm: Option<&Vm>, f: &PyFile, text: &str) -> Result<Vec<u8>, String> {
    let text = match f.newline.as_deref() {
        Some(nl @ ("\r" | "\r\n")) => std::borrow::Cow::Owned(text.replace('\n', nl)),
        _ => std::borrow::Cow::Borrowed(text),
    };
    let enc = f.encoding.to_ascii_lowercase().replace('_', "-");
    if matches!(enc.as_str(), "utf-8" | "utf8" | "u8") {
        return Ok(text.as_bytes().to_vec());
    }
    match vm {
        Some(vm) => crate::strings::encode_str(vm, &text, &f.encoding, &f.errors)
            .map_err(|_| format!("cannot encode with {}", f.encoding)),
        None if matches!(enc.as_str(), "latin-1" | "latin1" | "iso-8859-1" | "ascii") => {
            Ok(text.chars().map(|c| c as u32 as u8).collect())
        }
        None => Ok(text.as_bytes().to_vec()),
    }
}

fn latin1(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

fn unlatin1(s: &str) -> Vec<u8> {
    s.chars().map(|c| c as u32 as u8).collect()
}

/// A value read from `f`: bytes for binary files, else str.
fn read_value(vm: &Vm, f: &PyFile, s: String) -> Value {
    if f.binary {
        vm.bytes(unlatin1(&s))
    } else {
        vm.str(s)
    }
}

impl Drop for PyFile {
    fn drop(&mut self) {
        if self.writable && self.fd == 0 && !self.closed.get() {
            let _ = flush_file(None, self);
        }
    }
}

fn flush_file(vm: Option<&Vm>, f: &PyFile) -> std::io::Result<()> {
    // Content still undecoded was neither read nor written since `open()`: nothing to save.
    if f.fd == 0 && f.writable && f.undecoded.borrow().is_none() {
        let mut opts = std::fs::OpenOptions::new();
        opts.write(true);
        if appends_only(f) {
            opts.append(true).create(true);
        } else {
            opts.truncate(true).create(true);
        }
        let mut file = opts.open(&f.path)?;
        if f.binary {
            file.write_all(&unlatin1(&f.data.borrow()))?;
        } else {
            let bytes = encode_text(vm, f, &f.data.borrow()).map_err(std::io::Error::other)?;
            file.write_all(&bytes)?;
        }
        if appends_only(f) {
            let mut d = f.data.borrow_mut();
            let written = units(f, &d);
            f.tell_base.set(f.tell_base.get() + written);
            d.clear();
            f.pos.set(0);
        }
    }
    Ok(())
}

/// The length of `s`, a part of `f`'s buffer, in the file's own units: bytes (the buffer is
/// UTF-8 for text, latin-1 for binary files, where a character is one byte).
fn units(f: &PyFile, s: &str) -> usize {
    if f.binary { s.chars().count() } else { s.len() }
}

/// Mode "a" (not "a+"): the buffer holds only what was written since the last flush, which
/// flushing appends to the file.
fn appends_only(f: &PyFile) -> bool {
    f.mode.contains('a') && !f.mode.contains('+')
}

pub fn std_stream(vm: &mut Vm, fd: i32) -> Value {
    let f = std_stream_of(vm, fd, false);
    // `.buffer`: the same stream taking and giving bytes.
    let buffer = std_stream_of(vm, fd, true);
    let d = vm.instance_dict(&f);
    vm.dict_set_str(&d, "buffer", buffer);
    // The standard streams pass each write on to their buffer.
    let yes = vm.true_.clone();
    vm.dict_set_str(&d, "write_through", yes);
    f
}

fn std_stream_of(vm: &mut Vm, fd: i32, binary: bool) -> Value {
    let ty = match (binary, fd) {
        (false, _) => file_type(vm),
        (true, 3) => named_file_type(vm, "BufferedReader"),
        (true, _) => named_file_type(vm, "BufferedWriter"),
    };
    let (name, mode) = match fd {
        1 => ("<stdout>", "w"),
        2 => ("<stderr>", "w"),
        _ => ("<stdin>", "r"),
    };
    let f = Value::new_object(
        &ty,
        PyFile {
            path: name.into(),
            mode: mode.into(),
            fd,
            data: Default::default(),
            pos: Cell::new(0),
            closed: Cell::new(false),
            writable: fd != 3,
            binary,
            encoding: "utf-8".into(),
            errors: "strict".into(),
            newline: None,
            nl_kinds: Cell::new(0),
            read_begun: Cell::new(false),
            undecoded: RefCell::new(None),
            tell_base: Cell::new(0),
            handle: RefCell::new(None),
            past_end: Cell::new(0),
        },
    );
    let d = vm.instance_dict(&f);
    let fdv = vm.int(fd as i64);
    vm.dict_set_str(&d, "_native_fd", fdv);
    let nv = vm.str(name);
    vm.dict_set_str(&d, "name", nv);
    let mv = vm.str(if binary {
        if fd == 3 { "rb" } else { "wb" }
    } else {
        mode
    });
    vm.dict_set_str(&d, "mode", mv);
    f
}

fn file_type(vm: &mut Vm) -> Value {
    named_file_type(vm, "TextIOWrapper")
}

/// The class of file objects shown as `name` (TextIOWrapper, BufferedReader, ...).
fn named_file_type(vm: &mut Vm, name: &'static str) -> Value {
    if let Some(t) = vm.interned_types.get(name) {
        return t.clone();
    }
    let obj = vm.t.object.clone();
    let t = vm.new_type(name, vec![obj.clone()], crate::value::Kind::File, false);
    crate::bootstrap::set_bases(&t, vec![obj]);
    t.make_immortal();
    for (n, f) in [
        ("read", f_read as crate::vm::NativeFn),
        ("readline", f_readline),
        ("readlines", f_readlines),
        ("write", f_write),
        ("writelines", f_writelines),
        ("close", f_close),
        ("flush", f_flush),
        ("__enter__", f_enter),
        ("__exit__", f_exit),
        ("__iter__", f_enter),
        ("__next__", f_next),
        ("fileno", f_fileno),
        ("seek", f_seek),
        ("tell", f_tell),
        ("isatty", f_isatty),
        ("readable", f_readable),
        ("writable", f_writable),
        ("seekable", f_seekable),
        ("truncate", f_truncate),
    ] {
        add_method(vm, &t, n, f);
    }
    if name != "TextIOWrapper" {
        add_method(vm, &t, "read1", f_read);
        add_method(vm, &t, "peek", f_peek);
        add_method(vm, &t, "readinto", f_readinto);
    }
    crate::builtins::add_getter(vm, &t, "closed", f_closed);
    let td = t.downcast::<PyType>().unwrap().dict.clone();
    if name == "TextIOWrapper" {
        crate::builtins::add_getter(vm, &t, "newlines", f_newlines);
        add_method(vm, &t, "reconfigure", f_reconfigure);
        let no = vm.false_.clone();
        vm.dict_set_str(&td, "line_buffering", no.clone());
        vm.dict_set_str(&td, "write_through", no);
    }
    if name == "TextIOWrapper" {
        let enc = vm.str("utf-8");
        vm.dict_set_str(&td, "encoding", enc);
    }
    // The file classes live in `_io`, as CPython's (`_io.TextIOWrapper`).
    let module = vm.str("_io");
    vm.dict_set_str(&td, "__module__", module);
    vm.interned_types.insert(name, t.clone());
    t
}

/// The file object `v`, for an operation that does not look at its content.
fn file_handle_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a PyFile> {
    let f = v
        .downcast::<PyFile>()
        .ok_or_else(|| vm.type_error("expected a file object"))?;
    Ok(f)
}

/// The file object `v`, its text decoded if that was still pending.
fn file_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a PyFile> {
    let f = file_handle_of(vm, v)?;
    if !f.closed.get() {
        decode_pending(vm, f)?;
    }
    Ok(f)
}

/// Decodes the bytes a text file read at `open()`: universal newlines read `\r\n` and `\r`
/// as `\n` unless `newline` says otherwise; mode "a+" is positioned at the end.
fn decode_pending(vm: &Vm, f: &PyFile) -> PyResult<()> {
    let Some(bytes) = f.undecoded.borrow_mut().take() else {
        return Ok(());
    };
    let text = crate::strings::decode_bytes(vm, &bytes, &f.encoding, &f.errors)?;
    f.nl_kinds.set(newline_kinds(&text));
    let text = if f.newline.is_none() && text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    };
    if f.mode.contains('a') {
        f.pos.set(text.len());
    }
    *f.data.borrow_mut() = text;
    Ok(())
}

fn check_open(vm: &Vm, f: &PyFile) -> PyResult<()> {
    if f.closed.get() {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    Ok(())
}

/// `check_open` for operation `op`, with the message CPython's layer for that operation
/// gives on a closed file: a binary (buffered) file names the operation, a few queries
/// answer with the raw file's wording (no period), and the text layer's is generic.
fn check_open_for(vm: &Vm, f: &PyFile, op: &str) -> PyResult<()> {
    if !f.closed.get() {
        return Ok(());
    }
    let raw_query = matches!(
        op,
        "fileno" | "isatty" | "readable" | "writable" | "seekable"
    );
    let msg = if raw_query || (f.binary && op == "tell") {
        "I/O operation on closed file".to_string()
    } else if !f.binary || (op == "flush" && !f.writable) {
        "I/O operation on closed file.".to_string()
    } else {
        match op {
            "read" => "read of closed file".to_string(),
            "readline" => "readline of closed file".to_string(),
            "write" => "write to closed file".to_string(),
            other => format!("{other} of closed file"),
        }
    };
    Err(vm.value_error(msg))
}

pub fn b_open(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (pos, kws) = split_kw(args, kw);
    let mut file = pos.first().cloned();
    let mut encoding = pos.get(3).cloned();
    let mut errors = pos.get(4).cloned();
    let mut newline = pos.get(5).cloned();
    let mut buffering = pos.get(2).cloned();
    let mut mode = pos
        .get(1)
        .and_then(|m| str_of(m))
        .unwrap_or("r")
        .to_string();
    for (k, v) in kws {
        match k {
            "mode" => mode = str_of(v).unwrap_or("r").to_string(),
            "file" => file = Some(v.clone()),
            "encoding" => encoding = Some(v.clone()),
            "errors" => errors = Some(v.clone()),
            "newline" => newline = Some(v.clone()),
            "buffering" => buffering = Some(v.clone()),
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for open()"
                )));
            }
        }
    }
    let Some(file) = file else {
        return Err(vm.type_error("open() missing required argument 'file' (pos 1)"));
    };
    let Some(path) = fs_path(vm, &file)? else {
        return Err(vm.type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            vm.type_name(&file)
        )));
    };
    let kinds = mode.chars().filter(|c| "rwxa".contains(*c)).count();
    let dup = mode.chars().enumerate().any(|(i, c)| mode[..i].contains(c));
    if dup || mode.chars().any(|c| !"rwxabt+".contains(c)) {
        return Err(vm.value_error(format!("invalid mode: '{mode}'")));
    }
    if mode.contains('b') && mode.contains('t') {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    if kinds != 1 {
        return Err(vm.value_error("must have exactly one of create/read/write/append mode"));
    }
    let binary = mode.contains('b');
    // Data is always held in memory; `buffering` only decides the class (0: raw `FileIO`).
    let unbuffered = match &buffering {
        None => false,
        Some(b) if b.is(&vm.none) => false,
        Some(b) => vm.index_value(b)? == 0,
    };
    if unbuffered && !binary {
        return Err(vm.value_error("can't have unbuffered text I/O"));
    }
    let text_opt = |vm: &Vm, v: &Option<Value>, what: &str| -> PyResult<Option<String>> {
        match v {
            None => Ok(None),
            Some(v) if v.is(&vm.none) => Ok(None),
            Some(v) => match str_of(v) {
                Some(s) => Ok(Some(s.to_string())),
                None => Err(vm.type_error(format!(
                    "open() argument '{what}' must be str or None, not {}",
                    vm.type_name(v)
                ))),
            },
        }
    };
    let encoding = text_opt(vm, &encoding, "encoding")?;
    let errors = text_opt(vm, &errors, "errors")?;
    let newline = text_opt(vm, &newline, "newline")?;
    if binary {
        for (given, what) in [
            (&encoding, "an encoding"),
            (&errors, "errors"),
            (&newline, "newline"),
        ] {
            if given.is_some() {
                return Err(vm.value_error(format!("binary mode doesn't take {what} argument")));
            }
        }
    }
    if let Some(nl) = &newline
        && !matches!(nl.as_str(), "" | "\n" | "\r" | "\r\n")
    {
        return Err(vm.value_error(format!("illegal newline value: {nl}")));
    }
    // The locale's encoding is UTF-8 here, as in CPython's UTF-8 mode.
    let encoding = match encoding {
        Some(e) if e != "locale" => e,
        _ => "UTF-8".to_string(),
    };
    let errors = errors.unwrap_or_else(|| "strict".to_string());
    if !binary {
        crate::strings::encode_str(vm, "", &encoding, &errors)?;
    }
    let writable =
        mode.contains('w') || mode.contains('a') || mode.contains('x') || mode.contains('+');
    let handle;
    let mut undecoded = None;
    let mut tell_base = 0;
    // "a+" reads what the file holds and appends after it.
    let reads_existing = mode.contains('r') || (mode.contains('a') && mode.contains('+'));
    let data = if reads_existing {
        let opened = if mode.contains('r') {
            std::fs::File::open(&path)
        } else {
            std::fs::OpenOptions::new()
                .read(true)
                .append(true)
                .create(true)
                .open(&path)
        };
        let mut fh = match opened {
            Ok(fh) => fh,
            Err(e) => return Err(os_error(vm, &e, &path)),
        };
        let mut bytes = Vec::new();
        if let Err(e) = std::io::Read::read_to_end(&mut fh, &mut bytes) {
            return Err(os_error(vm, &e, &path));
        }
        handle = Some(fh);
        if binary {
            latin1(&bytes)
        } else {
            undecoded = Some(bytes);
            String::new()
        }
    } else {
        if mode.contains('x') && std::path::Path::new(&path).exists() {
            return Err(crate::oserror::error(vm, 17, "File exists", Some(&path)));
        }
        // Create/truncate now so errors surface at open time.
        let r = if mode.contains('a') {
            std::fs::OpenOptions::new()
                .append(true)
                .create(true)
                .open(&path)
        } else {
            std::fs::File::create(&path)
        };
        match r {
            Ok(fh) => {
                tell_base = fh.metadata().map_or(0, |m| m.len() as usize);
                handle = Some(fh);
            }
            Err(e) => return Err(os_error(vm, &e, &path)),
        }
        String::new()
    };
    // Appending starts at the end of what was read.
    let start = if mode.contains('a') { data.len() } else { 0 };
    let ty = match (binary, writable) {
        (false, _) => file_type(vm),
        _ if unbuffered => named_file_type(vm, "FileIO"),
        _ if mode.contains('+') => named_file_type(vm, "BufferedRandom"),
        (true, false) => named_file_type(vm, "BufferedReader"),
        (true, true) => named_file_type(vm, "BufferedWriter"),
    };
    let f = Value::new_object(
        &ty,
        PyFile {
            path: path.clone(),
            mode: mode.clone(),
            fd: 0,
            data: RefCell::new(data),
            pos: Cell::new(start),
            closed: Cell::new(false),
            writable,
            binary,
            encoding: encoding.clone(),
            errors: errors.clone(),
            newline,
            nl_kinds: Cell::new(0),
            read_begun: Cell::new(false),
            undecoded: RefCell::new(undecoded),
            tell_base: Cell::new(tell_base),
            handle: RefCell::new(handle),
            past_end: Cell::new(0),
        },
    );
    let d = vm.instance_dict(&f);
    if !binary {
        let ev = vm.str(encoding);
        vm.dict_set_str(&d, "encoding", ev);
        let erv = vm.str(errors);
        vm.dict_set_str(&d, "errors", erv);
    }
    let pv = vm.str(path);
    vm.dict_set_str(&d, "name", pv);
    // A binary file shows its mode as CPython's raw file does: "w+b" is "rb+", "a+b" "ab+".
    let shown = if binary {
        let plus = if mode.contains('+') { "+" } else { "" };
        let base = if mode.contains('x') {
            "xb"
        } else if mode.contains('a') {
            "ab"
        } else if mode.contains('r') || !plus.is_empty() {
            "rb"
        } else {
            "wb"
        };
        format!("{base}{plus}")
    } else {
        mode
    };
    let mv = vm.str(shown);
    vm.dict_set_str(&d, "mode", mv);
    Ok(f)
}

/// The OSError subclass (with errno, strerror and filename) for a failed file operation.
pub fn os_error(vm: &mut Vm, e: &std::io::Error, path: &str) -> crate::vm::PyErr {
    io_error(vm, e, Some(path))
}

/// The OSError subclass for a failed operation, on a path or (None) on a file descriptor.
pub fn io_error(vm: &mut Vm, e: &std::io::Error, path: Option<&str>) -> crate::vm::PyErr {
    match e.kind() {
        std::io::ErrorKind::NotFound => {
            crate::oserror::error(vm, 2, "No such file or directory", path)
        }
        std::io::ErrorKind::PermissionDenied => {
            crate::oserror::error(vm, 13, "Permission denied", path)
        }
        _ => match e.raw_os_error() {
            // The system's own errno and message (EEXIST, ENOTEMPTY, EISDIR...).
            Some(errno) => {
                let msg = e.to_string();
                let msg = msg.split(" (os error").next().unwrap_or(&msg).to_string();
                crate::oserror::error(vm, errno as i64, &msg, path)
            }
            None if path.is_some_and(|p| std::path::Path::new(p).is_dir()) => {
                crate::oserror::error(vm, 21, "Is a directory", path)
            }
            None => crate::oserror::error(vm, 5, &e.to_string(), path),
        },
    }
}

fn f_closed(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let f = file_handle_of(vm, &a[0])?;
    Ok(vm.bool(f.closed.get()))
}

fn f_read(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let f = file_of(vm, &a[0])?;
    if f.binary && !is_readable(f) {
        return Err(unsupported(vm, "read"));
    }
    check_open_for(vm, f, "read")?;
    check_readable(vm, f)?;
    if f.fd == 3 {
        if f.binary {
            let mut b = Vec::new();
            let _ = std::io::Read::read_to_end(&mut std::io::stdin(), &mut b);
            return Ok(vm.bytes(b));
        }
        let mut s = String::new();
        let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut s);
        return Ok(vm.str(s));
    }
    let data = f.data.borrow();
    let start = f.pos.get();
    let n = match a.get(1) {
        Some(v) if !v.is(&vm.none) => vm.index_value(v)?,
        _ => -1,
    };
    let rest = &data[start..];
    let end = if n < 0 {
        rest.len()
    } else {
        rest.char_indices()
            .nth(n as usize)
            .map(|(i, _)| i)
            .unwrap_or(rest.len())
    };
    let out = rest[..end].to_string();
    f.pos.set(start + end);
    drop(data);
    Ok(read_value(vm, f, out))
}

/// `peek()` of a binary file: the bytes ahead of the position (as much as a buffer holds)
/// without moving it.
fn f_peek(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let f = file_of(vm, &a[0])?;
    if !is_readable(f) {
        return Err(unsupported(vm, "read"));
    }
    check_open_for(vm, f, "peek")?;
    check_readable(vm, f)?;
    const BUFFER: usize = 8192;
    let data = f.data.borrow();
    let ahead: String = data[f.pos.get()..].chars().take(BUFFER).collect();
    drop(data);
    Ok(read_value(vm, f, ahead))
}

/// `readinto(b)` of a binary file: reads up to `len(b)` bytes into the writable buffer `b`
/// and returns how many it read.
fn f_readinto(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let Some(buf) = a.get(1).cloned() else {
        return Err(vm.type_error("readinto() takes exactly one argument (0 given)"));
    };
    let n = vm.len(&buf)?;
    let size = vm.int(n as i64);
    let chunk = f_read(vm, &[a[0].clone(), size], &[])?;
    let got = vm.len(&chunk)?;
    let (start, stop, step) = (vm.int(0), vm.int(got as i64), vm.none.clone());
    let whole = Value::new_object(&vm.t.slice, PySlice { start, stop, step });
    vm.setitem(&buf, whole, chunk)?;
    Ok(vm.int(got as i64))
}

/// The next line (at most `limit` characters): lines end as `open()`'s `newline` says (any
/// of `\r`, `\n`, `\r\n` kept as they are for `''`; only the given ending otherwise; `\n`
/// for binary files and for universal newlines, which reading already translated).
fn read_line(f: &PyFile, limit: Option<usize>) -> String {
    if f.fd == 3 {
        return stdin_line();
    }
    let data = f.data.borrow();
    let start = f.pos.get();
    let rest = &data[start..];
    let end = match (f.binary, f.newline.as_deref()) {
        (false, Some("")) => rest.find(['\r', '\n']).map(|i| {
            if rest[i..].starts_with("\r\n") {
                i + 2
            } else {
                i + 1
            }
        }),
        (false, Some(nl @ ("\r" | "\r\n"))) => rest.find(nl).map(|i| i + nl.len()),
        _ => rest.find('\n').map(|i| i + 1),
    }
    .unwrap_or(rest.len());
    let end = match limit {
        Some(n) => rest[..end].char_indices().nth(n).map_or(end, |(i, _)| i),
        None => end,
    };
    f.pos.set(start + end);
    rest[..end].to_string()
}

/// The next line of the process's standard input ("" at its end).
fn stdin_line() -> String {
    let mut s = String::new();
    let _ = std::io::stdin().read_line(&mut s);
    s
}

/// A `size` argument: None or negative means no limit.
fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        Some(v) if !v.is(&vm.none) => {
            let n = vm.index_value(v)?;
            Ok((n >= 0).then_some(n as usize))
        }
        _ => Ok(None),
    }
}

fn f_readline(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let f = file_of(vm, &a[0])?;
    if f.binary && !is_readable(f) {
        return Err(unsupported(vm, "read"));
    }
    check_open_for(vm, f, "readline")?;
    if f.fd == 3 {
        let mut s = String::new();
        let _ = std::io::stdin().read_line(&mut s);
        return Ok(vm.str(s));
    }
    check_readable(vm, f)?;
    let limit = size_arg(vm, a.get(1))?;
    let line = read_line(f, limit);
    Ok(read_value(vm, f, line))
}

fn f_readlines(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let f = file_of(vm, &a[0])?;
    check_open(vm, f)?;
    check_readable(vm, f)?;
    let mut out = Vec::new();
    loop {
        let l = read_line(f, None);
        if l.is_empty() {
            break;
        }
        out.push(read_value(vm, f, l));
    }
    Ok(vm.list(out))
}

fn f_next(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let f = file_of(vm, &a[0])?;
    if f.binary && !is_readable(f) {
        return Err(unsupported(vm, "read"));
    }
    check_open_for(vm, f, "readline")?;
    check_readable(vm, f)?;
    let l = read_line(f, None);
    if l.is_empty() {
        return Err(vm.stop_iteration(None));
    }
    Ok(read_value(vm, f, l))
}

fn f_write(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let f = file_of(vm, &a[0])?;
    if f.binary && !f.writable {
        return Err(unsupported(vm, "write"));
    }
    check_open_for(vm, f, "write")?;
    if f.binary {
        let arg = a.get(1).cloned().unwrap_or(vm.none.clone());
        let b: Vec<u8> = if let Some(b) = arg.downcast::<PyBytes>() {
            b.b.to_vec()
        } else if let Some(b) = arg.downcast::<PyByteArray>() {
            b.0.borrow().clone()
        } else {
            return Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(&arg)
            )));
        };
        if !f.writable {
            return Err(unsupported(vm, "not writable"));
        }
        match f.fd {
            1 => {
                let _ = std::io::stdout().write_all(&b);
                return Ok(vm.int(b.len() as i64));
            }
            2 => {
                let _ = std::io::stdout().flush();
                let _ = std::io::stderr().write_all(&b);
                return Ok(vm.int(b.len() as i64));
            }
            _ => {}
        }
        write_at_position(f, &latin1(&b));
        return Ok(vm.int(b.len() as i64));
    }
    let Some(s) = a.get(1).and_then(|v| str_of(v)) else {
        return Err(vm.type_error(format!(
            "write() argument must be str, not {}",
            a.get(1).map(|v| vm.type_name(v)).unwrap_or_default()
        )));
    };
    match f.fd {
        1 => {
            let _ = std::io::stdout().write_all(s.as_bytes());
        }
        2 => {
            let _ = std::io::stdout().flush();
            let _ = std::io::stderr().write_all(s.as_bytes());
        }
        _ => {
            if !f.writable {
                return Err(unsupported(vm, "not writable"));
            }
            // Unencodable text fails here, at write time, as in CPython.
            if !f.encoding.eq_ignore_ascii_case("utf-8") {
                crate::strings::encode_str(vm, s, &f.encoding, &f.errors)?;
            }
            write_at_position(f, s);
        }
    }
    let n = s.chars().count();
    Ok(vm.int(n as i64))
}

/// Writes `s` at the file position (overwriting after a seek), or at the end in append mode.
fn write_at_position(f: &PyFile, s: &str) {
    let mut d = f.data.borrow_mut();
    let gap = f.past_end.replace(0);
    if gap > 0 && !f.mode.contains('a') {
        d.extend(std::iter::repeat_n('\0', gap));
        f.pos.set(d.len());
    }
    let pos = f.pos.get();
    if f.mode.contains('a') || pos >= d.len() {
        d.push_str(s);
        f.pos.set(d.len());
        return;
    }
    // Overwrites as many characters as it writes (a binary file's bytes are stored as
    // Latin-1 characters, so their UTF-8 widths vary).
    let n = s.chars().count();
    let end = d[pos..]
        .char_indices()
        .nth(n)
        .map_or(d.len(), |(i, _)| pos + i);
    d.replace_range(pos..end, s);
    f.pos.set(pos + s.len());
}

fn f_writelines(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    for line in vm.collect(&a[1])? {
        f_write(vm, &[a[0].clone(), line], &[])?;
    }
    Ok(vm.none.clone())
}

fn f_close(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let f = file_handle_of(vm, &a[0])?;
    if !f.closed.get() {
        if let Err(e) = flush_file(Some(vm), f) {
            return Err(vm.err("OSError", e.to_string()));
        }
        f.closed.set(true);
        f.handle.borrow_mut().take();
    }
    Ok(vm.none.clone())
}

fn f_flush(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let f = file_handle_of(vm, &a[0])?;
    check_open_for(vm, f, "flush")?;
    match f.fd {
        1 => {
            let _ = std::io::stdout().flush();
        }
        2 => {
            let _ = std::io::stderr().flush();
        }
        // A file written through this object: its content goes to disk now, as CPython's
        // buffered writers do.
        0 if f.writable => {
            if let Err(e) = flush_file(Some(vm), f) {
                return Err(vm.err("OSError", e.to_string()));
            }
        }
        _ => {}
    }
    Ok(vm.none.clone())
}

fn f_enter(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let f = file_handle_of(vm, &a[0])?;
    check_open(vm, f)?;
    Ok(a[0].clone())
}

fn f_exit(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    f_close(vm, &a[..1], &[])?;
    Ok(vm.false_.clone())
}

/// Position in the file's own units: bytes (the buffer is UTF-8 for text, latin-1 for
/// binary files, where a character is one byte).
fn f_tell(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let f = file_of(vm, &a[0])?;
    check_open_for(vm, f, "tell")?;
    let n = units(f, &f.data.borrow()[..f.pos.get()]);
    let base = if appends_only(f) {
        f.tell_base.get()
    } else {
        0
    };
    Ok(vm.int((base + n + f.past_end.get()) as i64))
}

fn f_seek(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let f = file_of(vm, &a[0])?;
    check_open_for(vm, f, "seek")?;
    let Some(off) = a.get(1) else {
        return Err(vm.type_error("seek expected at least 1 argument, got 0"));
    };
    let off = vm.index_value(off)?;
    let whence = match a.get(2) {
        Some(w) => vm.index_value(w)?,
        None => 0,
    };
    let data = f.data.borrow();
    let total = units(f, &data) as i64;
    let cur = units(f, &data[..f.pos.get()]) as i64;
    let target = match whence {
        0 => off,
        1 if f.binary || off == 0 => cur + off,
        2 if f.binary || off == 0 => total + off,
        1 | 2 => {
            drop(data);
            return Err(vm.err("OSError", "can't do nonzero cur-relative seeks"));
        }
        _ => {
            drop(data);
            return Err(vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)")));
        }
    };
    if target < 0 {
        drop(data);
        return Err(vm.value_error(format!("negative seek position {target}")));
    }
    let t = (target as usize).min(total as usize);
    let byte = if f.binary {
        data.char_indices().nth(t).map_or(data.len(), |(b, _)| b)
    } else {
        let mut b = t.min(data.len());
        while !data.is_char_boundary(b) {
            b -= 1;
        }
        b
    };
    f.pos.set(byte);
    f.past_end
        .set((target as usize).saturating_sub(total as usize));
    drop(data);
    Ok(vm.int(target))
}

fn f_fileno(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let f = file_handle_of(vm, &a[0])?;
    check_open_for(vm, f, "fileno")?;
    let fd = match f.fd {
        0 => match f.handle.borrow().as_ref() {
            Some(h) => std::os::fd::AsRawFd::as_raw_fd(h),
            None => return Err(unsupported(vm, "fileno")),
        },
        3 => 0,
        n => n,
    };
    Ok(vm.int(fd as i64))
}

fn f_isatty(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let f = file_handle_of(vm, &a[0])?;
    check_open_for(vm, f, "isatty")?;
    Ok(vm.false_.clone())
}

// A write-only file answers readable() (and a read-only one writable()) without looking at
// the closed state, as CPython's layers do.
fn f_readable(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let f = file_handle_of(vm, &a[0])?;
    if is_readable(f) {
        check_open_for(vm, f, "readable")?;
    }
    Ok(vm.bool(is_readable(f)))
}

fn f_writable(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let f = file_handle_of(vm, &a[0])?;
    if f.writable {
        check_open_for(vm, f, "writable")?;
    }
    Ok(vm.bool(f.writable))
}

/// Files on disk can seek; the standard streams (pipes or terminals here) cannot.
fn f_seekable(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let f = file_handle_of(vm, &a[0])?;
    check_open_for(vm, f, "seekable")?;
    Ok(vm.bool(f.fd == 0))
}

/// `truncate(size=None)`: cuts the content at `size` (default: the position).
fn f_truncate(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let f = file_of(vm, &a[0])?;
    check_open_for(vm, f, "truncate")?;
    if !f.writable || f.fd != 0 {
        return Err(unsupported(vm, "truncate"));
    }
    let mut data = f.data.borrow_mut();
    let size = match a.get(1) {
        Some(v) if !v.is(&vm.none) => {
            let n = vm.index_value(v)?;
            if n < 0 {
                drop(data);
                return Err(vm.value_error(format!("negative size value {n}")));
            }
            n as usize
        }
        _ => units(f, &data[..f.pos.get()]),
    };
    let byte = if f.binary {
        data.char_indices().nth(size).map_or(data.len(), |(b, _)| b)
    } else {
        let mut b = size.min(data.len());
        while !data.is_char_boundary(b) {
            b -= 1;
        }
        b
    };
    data.truncate(byte);
    // The content is kept as text, which cannot represent a position past its end (CPython
    // keeps the position there); the position moves to the new end instead.
    if f.pos.get() > byte {
        f.pos.set(byte);
    }
    Ok(vm.int(size as i64))
}

/// `reconfigure(*, encoding, errors, newline, line_buffering, write_through)` of a text
/// stream. Text is always written as UTF-8, so only UTF-8 encodings and the `\n`
/// translations are accepted; the other settings are recorded on the stream.
fn f_reconfigure(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult<Value> {
    file_of(vm, &a[0])?;
    if a.len() > 1 + k.len() {
        return Err(vm.type_error("reconfigure() takes no positional arguments"));
    }
    let (_, kws) = crate::builtins::split_kw(a, k);
    let d = vm.instance_dict(&a[0]);
    for (name, v) in kws {
        let given = !v.is(&vm.none);
        match name {
            "encoding" | "errors" | "newline" if given && str_of(v).is_none() => {
                return Err(vm.type_error(format!(
                    "reconfigure() argument '{name}' must be str or None, not {}",
                    vm.type_name(v)
                )));
            }
            "encoding" if given => {
                let enc = str_of(v).unwrap().to_ascii_lowercase().replace('_', "-");
                if !matches!(enc.as_str(), "utf-8" | "utf8" | "u8" | "cp65001") {
                    return Err(vm.err(
                        "NotImplementedError",
                        format!(
                            "reconfigure(encoding={:?}): Ferrython's text streams write UTF-8 only",
                            str_of(v).unwrap()
                        ),
                    ));
                }
                vm.dict_set_str(&d, "encoding", v.clone());
            }
            "errors" if given => vm.dict_set_str(&d, "errors", v.clone()),
            "newline" if given => {
                if !matches!(str_of(v), Some("" | "\n")) {
                    return Err(vm.err(
                        "NotImplementedError",
                        format!(
                            "reconfigure(newline={:?}): only '\\n' translation is supported",
                            str_of(v).unwrap()
                        ),
                    ));
                }
            }
            "line_buffering" | "write_through" if given => {
                let b = vm.truthy(v)?;
                let bv = vm.bool(b);
                vm.dict_set_str(&d, name, bv);
            }
            "encoding" | "errors" | "newline" | "line_buffering" | "write_through" => {}
            _ => {
                return Err(vm.type_error(format!(
                    "'{name}' is an invalid keyword argument for reconfigure()"
                )));
            }
        }
    }
    Ok(vm.none.clone())
}

/// `newlines`: the line endings met so far in universal-newlines mode (None, one string, or
/// a tuple of them).
fn f_newlines(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let f = file_of(vm, &a[0])?;
    if !f.read_begun.get() || f.newline.is_some() {
        return Ok(vm.none.clone());
    }
    let kinds: Vec<Value> = [(1, "\r"), (2, "\n"), (4, "\r\n")]
        .iter()
        .filter(|(bit, _)| f.nl_kinds.get() & bit != 0)
        .map(|(_, s)| vm.str(*s))
        .collect();
    Ok(match kinds.len() {
        0 => vm.none.clone(),
        1 => kinds.into_iter().next().unwrap(),
        _ => vm.tuple(kinds),
    })
}

/// A file-system path argument as text: a str, bytes (as UTF-8), or an object with
/// `__fspath__` returning one of those (`os.PathLike`); `Ok(None)` for anything else.
pub fn fs_path(vm: &mut Vm, v: &Value) -> PyResult<Option<String>> {
    if let Some(s) = str_of(v) {
        return Ok(Some(s.to_string()));
    }
    if let Some(b) = v.downcast::<PyBytes>() {
        return Ok(Some(String::from_utf8_lossy(&b.b).into_owned()));
    }
    if v.kind() == Some(crate::value::Kind::Instance)
        && let Some(p) = vm.call_special(v, "__fspath__", &[])?
    {
        if let Some(s) = str_of(&p) {
            return Ok(Some(s.to_string()));
        }
        if let Some(b) = p.downcast::<PyBytes>() {
            return Ok(Some(String::from_utf8_lossy(&b.b).into_owned()));
        }
        return Err(vm.type_error(format!(
            "expected {}.__fspath__() to return str or bytes, not {}",
            vm.type_name(v),
            vm.type_name(&p)
        )));
    }
    Ok(None)
}
