//! Module import: `sys.modules`, search of `sys.path` for `NAME.py` and `NAME/__init__.py`,
//! packages and relative imports, `from m import *`, and the modules written in Python that
//! are embedded in the binary (`lib/`). Also `exec`/`eval`/`compile`-style entry points.

use std::rc::Rc;

use ferrython_compiler::Mode;

use crate::code::CodeInner;
use crate::objects::*;
use crate::value::{Kind, Value};
use crate::vm::{PyErr, PyResult, Vm};

/// Modules written in Python and embedded at build time: (name, source, is_package).
pub static EMBEDDED: &[(&str, &str, bool)] = include!(concat!(env!("OUT_DIR"), "/embedded_lib.rs"));

pub fn new_module(vm: &mut Vm, name: Value, file: Option<&str>) -> Value {
    let d = vm.dict();
    vm.dict_set_str(&d, "__name__", name);
    let none = vm.none.clone();
    vm.dict_set_str(&d, "__doc__", none.clone());
    vm.dict_set_str(&d, "__package__", none.clone());
    vm.dict_set_str(&d, "__spec__", none);
    if let Some(f) = file {
        let fv = vm.str(f);
        vm.dict_set_str(&d, "__file__", fv);
    }
    let b = vm.builtins.clone();
    vm.dict_set_str(&d, "__builtins__", b);
    Value::new_object(&vm.t.module, PyModule { dict: d })
}

/// A module implemented in Rust; its `__spec__` is made on first use (`module_spec`).
pub fn new_native_module(vm: &mut Vm, name: &str) -> Value {
    let nv = vm.str(name);
    let m = new_module(vm, nv, None);
    let d = m.downcast::<PyModule>().unwrap().dict.clone();
    let spec_key = vm.intern("__spec__");
    let _ = vm.dict_del(&d, &spec_key);
    m
}

/// Compiles source text, turning compile errors into SyntaxError exceptions.
pub fn compile_source(
    vm: &mut Vm,
    source: &str,
    filename: &str,
    mode: Mode,
) -> PyResult<Rc<CodeInner>> {
    match ferrython_compiler::compile(source, filename, mode, vm.optimize) {
        Ok(code) => {
            if !code.warnings.is_empty() && !filename.starts_with("<frozen") {
                emit_syntax_warnings(vm, filename, &code.warnings)?;
            }
            Ok(Rc::new(CodeInner::new(vm, code)))
        }
        Err(e) => Err(syntax_error(vm, &e)),
    }
}

/// Reports the compiler's SyntaxWarnings through `warnings.warn_explicit`, so filters apply.
fn emit_syntax_warnings(vm: &mut Vm, filename: &str, found: &[(u32, String)]) -> PyResult<()> {
    let warnings = import_absolute(vm, "warnings")?;
    let warn = vm.getattr_str(&warnings, "warn_explicit")?;
    let category = vm.exc_type("SyntaxWarning");
    let file = vm.str(filename);
    for (line, msg) in found {
        let args = [
            vm.str(msg.as_str()),
            category.clone(),
            file.clone(),
            vm.int(*line as i64),
        ];
        vm.call(&warn, &args, &[])?;
    }
    Ok(())
}

pub fn syntax_error(vm: &mut Vm, e: &ferrython_compiler::CompileError) -> PyErr {
    let ty = vm.exc_type(e.kind.class_name());
    let msg = vm.str(e.msg.as_str());
    let fname = vm.str(e.filename.as_str());
    let text = match &e.text {
        Some(t) => vm.str(t.as_str()),
        None => vm.none.clone(),
    };
    let details = vm.tuple(vec![
        fname.clone(),
        vm.int(e.lineno as i64),
        vm.int(e.offset as i64),
        text.clone(),
        vm.int(e.end_lineno as i64),
        vm.int(e.end_offset as i64),
    ]);
    let exc = vm.new_exception(&ty, vec![msg.clone(), details]);
    let d = vm.instance_dict(&exc);
    vm.dict_set_str(&d, "msg", msg);
    vm.dict_set_str(&d, "filename", fname);
    let ln = vm.int(e.lineno as i64);
    vm.dict_set_str(&d, "lineno", ln);
    let off = vm.int(e.offset as i64);
    vm.dict_set_str(&d, "offset", off);
    vm.dict_set_str(&d, "text", text);
    let eln = vm.int(e.end_lineno as i64);
    vm.dict_set_str(&d, "end_lineno", eln);
    let eoff = vm.int(e.end_offset as i64);
    vm.dict_set_str(&d, "end_offset", eoff);
    PyErr(exc)
}

/// A module's source and the attributes its module object gets.
pub struct ModuleSource<'a> {
    pub text: &'a str,
    /// File name for tracebacks (and `__file__` when `file_attr`).
    pub file: &'a str,
    pub file_attr: bool,
    pub package: &'a str,
    /// `__path__` for packages.
    pub path: Option<String>,
}

/// Executes module source in a fresh module registered as `name` in `sys.modules`; on failure
/// the half-initialised module is removed again.
pub fn exec_module(vm: &mut Vm, name: &str, src: &ModuleSource) -> PyResult<Value> {
    let nv = vm.str(name);
    let m = new_module(
        vm,
        nv.clone(),
        if src.file_attr { Some(src.file) } else { None },
    );
    let d = m.downcast::<PyModule>().unwrap().dict.clone();
    let pv = vm.str(src.package);
    vm.dict_set_str(&d, "__package__", pv);
    if let Some(p) = &src.path {
        let pd = vm.str(p.as_str());
        let pl = vm.list(vec![pd]);
        vm.dict_set_str(&d, "__path__", pl);
    }
    // `__spec__` is made on first use (`module_spec`).
    let spec_key = vm.intern("__spec__");
    vm.dict_del(&d, &spec_key)?;
    let modules = vm.modules.clone();
    vm.dict_set(&modules, nv.clone(), m.clone())?;
    vm.sources
        .insert(src.file.to_string(), src.text.to_string());
    let result = compile_source(vm, src.text, src.file, Mode::Exec)
        .and_then(|code| vm.run_code(code, d.clone(), Some(d)));
    if let Err(e) = result {
        vm.dict_del(&modules, &nv)?;
        return Err(e);
    }
    Ok(m)
}

fn sys_path(vm: &mut Vm) -> Vec<String> {
    let sys = vm.sys.clone();
    let Some(m) = sys.downcast::<PyModule>() else {
        return vec![];
    };
    let p = vm.dict_get_name(&m.dict, "path");
    match p.as_ref().and_then(|p| p.downcast::<PyList>()) {
        Some(l) => {
            l.0.borrow()
                .iter()
                .filter_map(|v| str_of(v).map(|s| s.to_string()))
                .collect()
        }
        None => vec![],
    }
}

/// Where a module's source was found.
struct Found {
    text: String,
    file: String,
    /// A real file (its path becomes `__file__`).
    file_attr: bool,
    /// The package directory for packages (their `__path__`).
    pkg_dir: Option<String>,
}

/// Looks for the source of module `full` in the directories `search`, then among the
/// modules embedded from `lib/`.
fn find_source(vm: &mut Vm, full: &str, search: &[String]) -> PyResult<Option<Found>> {
    let last = full.rsplit('.').next().unwrap();
    let cwd = std::env::current_dir()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| ".".into());
    for dir in search {
        // Module files are named by absolute paths, as CPython's path finder does.
        let base = if dir.is_empty() {
            cwd.clone()
        } else if dir.starts_with('/') || dir.starts_with('<') {
            dir.clone()
        } else {
            format!("{cwd}/{dir}")
        };
        let base = match base.trim_end_matches('/') {
            "" => "/".to_string(),
            b => b.to_string(),
        };
        let pkg_init = format!("{base}/{last}/__init__.py");
        let file = format!("{base}/{last}.py");
        if std::path::Path::new(&pkg_init).is_file() {
            let text = read_source(vm, &pkg_init)?;
            let pkg_dir = Some(format!("{base}/{last}"));
            return Ok(Some(Found {
                text,
                file: pkg_init,
                file_attr: true,
                pkg_dir,
            }));
        }
        if std::path::Path::new(&file).is_file() {
            let text = read_source(vm, &file)?;
            return Ok(Some(Found {
                text,
                file,
                file_attr: true,
                pkg_dir: None,
            }));
        }
    }
    Ok(EMBEDDED
        .iter()
        .find(|(name, ..)| *name == full)
        .map(|(_, src, is_pkg)| Found {
            text: src.to_string(),
            file: format!("<frozen {full}>"),
            file_attr: false,
            pkg_dir: is_pkg.then(|| format!("<embedded {full}>")),
        }))
}

/// Finds and loads module `full` (dotted), whose parent package is already imported.
fn load_module(vm: &mut Vm, full: &str, search: &[String]) -> PyResult<Option<Value>> {
    if full == "posixpath" {
        // One module under both names, as `os.path` is `posixpath` in CPython.
        let os = import_absolute(vm, "os")?;
        let path = vm.getattr_str(&os, "path")?;
        let modules = vm.modules.clone();
        let k = vm.str(full);
        vm.dict_set(&modules, k, path.clone())?;
        return Ok(Some(path));
    }
    if let Some(m) = crate::sysmod::native_module(vm, full)? {
        let modules = vm.modules.clone();
        let k = vm.str(full);
        vm.dict_set(&modules, k, m.clone())?;
        return Ok(Some(m));
    }
    let Some(found) = find_source(vm, full, search)? else {
        return Ok(None);
    };
    let package = match &found.pkg_dir {
        Some(_) => full.to_string(),
        None => full
            .rsplit_once('.')
            .map(|(p, _)| p.to_string())
            .unwrap_or_default(),
    };
    let source = ModuleSource {
        text: &found.text,
        file: &found.file,
        file_attr: found.file_attr,
        package: &package,
        path: found.pkg_dir.clone(),
    };
    exec_module(vm, full, &source).map(Some)
}

/// The directories to search for module `name`: its parent package's `__path__` (the parent
/// is imported first), or `sys.path`.
fn search_path_for(vm: &mut Vm, name: &str) -> PyResult<Vec<String>> {
    let Some((parent, _)) = name.rsplit_once('.') else {
        return Ok(sys_path(vm));
    };
    let p = import_absolute(vm, parent)?;
    let path = p
        .downcast::<PyModule>()
        .and_then(|m| vm.dict_get_name(&m.dict.clone(), "__path__"));
    let Some(path) = path else {
        return Err(vm.err(
            "ModuleNotFoundError",
            format!("No module named '{name}'; '{parent}' is not a package"),
        ));
    };
    Ok(vm
        .collect(&path)?
        .iter()
        .filter_map(|v| str_of(v).map(|s| s.to_string()))
        .collect())
}

/// `ferrython -m NAME`: runs the module's code as the `__main__` module (a package runs its
/// `__main__` submodule), with `sys.argv[0]` set to the module's file.
pub fn run_as_main(vm: &mut Vm, name: &str) -> PyResult<()> {
    let search = search_path_for(vm, name)?;
    let Some(found) = find_source(vm, name, &search)? else {
        return Err(module_not_found(vm, name));
    };
    if found.pkg_dir.is_some() {
        import_absolute(vm, name)?;
        let sub = format!("{name}.__main__");
        let search = search_path_for(vm, &sub)?;
        if find_source(vm, &sub, &search)?.is_none() {
            return Err(vm.err(
                "ImportError",
                format!(
                    "No module named {sub}; '{name}' is a package and cannot be directly executed"
                ),
            ));
        }
        return run_as_main(vm, &sub);
    }
    let argv = vm.getattr_str(&vm.sys.clone(), "argv")?;
    if let Some(l) = argv.downcast::<PyList>()
        && found.file_attr
    {
        let f = vm.str(found.file.as_str());
        match l.0.borrow_mut().first_mut() {
            Some(first) => *first = f,
            None => l.0.borrow_mut().push(f),
        }
    }
    let main = vm.str("__main__");
    let m = new_module(
        vm,
        main.clone(),
        found.file_attr.then_some(found.file.as_str()),
    );
    let d = m.downcast::<PyModule>().unwrap().dict.clone();
    let package = name.rsplit_once('.').map_or("", |(p, _)| p);
    let pv = vm.str(package);
    vm.dict_set_str(&d, "__package__", pv);
    let modules = vm.modules.clone();
    vm.dict_set(&modules, main, m)?;
    vm.sources.insert(found.file.clone(), found.text.clone());
    let code = compile_source(vm, &found.text, &found.file, Mode::Exec)?;
    vm.run_code(code, d.clone(), Some(d))?;
    Ok(())
}

fn read_source(vm: &mut Vm, path: &str) -> PyResult<String> {
    let bytes = std::fs::read(path)
        .map_err(|e| vm.err("ImportError", format!("cannot read {path}: {e}")))?;
    decode_source(vm, &bytes)
}

/// The text of Python source `bytes` (PEP 263): UTF-8 (a byte-order mark dropped) unless a
/// comment on the first or second line declares another encoding (`# -*- coding: latin-1 -*-`).
pub fn decode_source(vm: &mut Vm, bytes: &[u8]) -> PyResult<String> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    if let Some(enc) = coding_cookie(bytes) {
        let norm = enc.to_ascii_lowercase().replace('_', "-");
        if !matches!(norm.as_str(), "utf-8" | "utf8" | "utf-8-sig") {
            return match crate::strings::decode_bytes(vm, bytes, &enc, "strict") {
                Err(e) if vm.exc_matches(&e, "LookupError") => {
                    let ty = vm.exc_type("SyntaxError");
                    let msg = vm.str(format!("unknown encoding: {enc}"));
                    Err(crate::vm::PyErr(vm.call(&ty, &[msg], &[])?))
                }
                r => r,
            };
        }
    }
    Ok(String::from_utf8_lossy(bytes).into_owned())
}

/// The encoding named by a `coding[:=]` comment on line 1, or on line 2 after a comment or
/// blank line 1.
fn coding_cookie(bytes: &[u8]) -> Option<String> {
    let mut lines = bytes.split(|&b| b == b'\n').take(2);
    for (n, line) in lines.by_ref().enumerate() {
        let text = String::from_utf8_lossy(line);
        let t = text.trim_start_matches([' ', '\t', '\x0c']);
        if !t.starts_with('#') {
            // Only a comment or a blank first line lets the second one declare it.
            if n == 0 && !t.trim().is_empty() {
                return None;
            }
            continue;
        }
        if let Some(at) = t.find("coding") {
            let rest = &t[at + "coding".len()..];
            if let Some(rest) = rest.strip_prefix([':', '=']) {
                let name: String = rest
                    .trim_start_matches([' ', '\t'])
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
                    .collect();
                if !name.is_empty() {
                    return Some(name);
                }
            }
        }
    }
    None
}

/// Imports the dotted module `name` (absolute), returning the leaf module.
pub fn import_absolute(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let modules = vm.modules.clone();
    let mut parent: Option<Value> = None;
    let mut prefix = String::new();
    for part in name.split('.') {
        if !prefix.is_empty() {
            prefix.push('.');
        }
        prefix.push_str(part);
        let k = vm.str(prefix.as_str());
        if let Some(m) = vm.dict_get(&modules, &k)? {
            if m.is(&vm.none) {
                return Err(module_not_found(vm, &prefix));
            }
            parent = Some(m);
            continue;
        }
        let search = match &parent {
            None => sys_path(vm),
            Some(p) => {
                let pd = p.downcast::<PyModule>().map(|m| m.dict.clone());
                let path = pd.and_then(|d| vm.dict_get_name(&d, "__path__"));
                match path {
                    Some(pl) => vm
                        .collect(&pl)?
                        .iter()
                        .filter_map(|v| str_of(v).map(|s| s.to_string()))
                        .collect(),
                    None => {
                        let pname = prefix.rsplit_once('.').unwrap().0.to_string();
                        return Err(vm.err(
                            "ModuleNotFoundError",
                            format!("No module named '{prefix}'; '{pname}' is not a package"),
                        ));
                    }
                }
            }
        };
        let m = match load_module(vm, &prefix, &search)? {
            Some(m) => m,
            None => return Err(module_not_found(vm, &prefix)),
        };
        if let Some(p) = &parent {
            let pv = p.clone();
            let pk = vm.intern(part);
            if let Some(pm) = pv.downcast::<PyModule>() {
                let d = pm.dict.clone();
                vm.dict_set(&d, pk, m.clone())?;
            }
        }
        parent = Some(m);
    }
    Ok(parent.unwrap())
}

fn module_not_found(vm: &mut Vm, name: &str) -> PyErr {
    let e = vm.err("ModuleNotFoundError", format!("No module named '{name}'"));
    let d = vm.instance_dict(&e.0);
    let n = vm.str(name);
    vm.dict_set_str(&d, "name", n);
    e
}

fn resolve_relative(vm: &mut Vm, name: &str, level: usize, globals: &Value) -> PyResult<String> {
    let pkg = vm
        .dict_get_name(globals, "__package__")
        .filter(|p| !p.is(&vm.none));
    let pkg = match pkg.as_ref().and_then(|p| str_of(p)) {
        Some(p) if !p.is_empty() => p.to_string(),
        _ => {
            let n = vm.dict_get_name(globals, "__name__");
            let n = n.as_ref().and_then(|v| str_of(v)).unwrap_or("").to_string();
            let is_pkg = vm.dict_get_name(globals, "__path__").is_some();
            if is_pkg {
                n
            } else {
                n.rsplit_once('.')
                    .map(|(p, _)| p.to_string())
                    .unwrap_or_default()
            }
        }
    };
    if pkg.is_empty() {
        return Err(vm.err(
            "ImportError",
            "attempted relative import with no known parent package",
        ));
    }
    let parts: Vec<&str> = pkg.split('.').collect();
    if level - 1 > parts.len() - 1 + 1 || level > parts.len() {
        return Err(vm.err(
            "ImportError",
            "attempted relative import beyond top-level package",
        ));
    }
    let base = parts[..parts.len() - (level - 1)].join(".");
    Ok(if name.is_empty() {
        base
    } else {
        format!("{base}.{name}")
    })
}

/// The IMPORT_NAME instruction.
pub fn import_name(
    vm: &mut Vm,
    name: &Value,
    fromlist: &Value,
    level: &Value,
    globals: &Value,
) -> PyResult<Value> {
    let name = str_of(name).unwrap_or("").to_string();
    let level = level.as_small_int().unwrap_or(0) as usize;
    let full = if level > 0 {
        resolve_relative(vm, &name, level, globals)?
    } else {
        name.clone()
    };
    let m = import_absolute(vm, &full)?;
    let has_from = !fromlist.is(&vm.none)
        && fromlist
            .downcast::<PyTuple>()
            .is_some_and(|t| !t.0.is_empty());
    if has_from {
        // Import submodules named in the fromlist when the module is a package.
        let items = fromlist.downcast::<PyTuple>().unwrap().0.to_vec();
        let d = m.downcast::<PyModule>().map(|x| x.dict.clone());
        if let Some(d) = d
            && vm.dict_get_name(&d, "__path__").is_some()
        {
            for it in items {
                let n = str_of(&it).unwrap_or("").to_string();
                if n == "*" || vm.dict_get_str(&d, &it).is_some() {
                    continue;
                }
                let sub = format!("{full}.{n}");
                match import_absolute(vm, &sub) {
                    Ok(_) => {}
                    Err(e) if vm.exc_matches(&e, "ModuleNotFoundError") => {}
                    Err(e) => return Err(e),
                }
            }
        }
        return Ok(m);
    }
    if level > 0 {
        return Ok(m);
    }
    let top = full.split('.').next().unwrap();
    let k = vm.str(top);
    let modules = vm.modules.clone();
    Ok(vm.dict_get(&modules, &k)?.unwrap_or(m))
}

/// The IMPORT_FROM instruction.
pub fn import_from(vm: &mut Vm, m: &Value, name: &Value) -> PyResult<Value> {
    match vm.getattr(m, name) {
        Ok(v) => Ok(v),
        Err(e) if vm.exc_matches(&e, "AttributeError") => {
            let mname = match m.downcast::<PyModule>() {
                Some(md) => {
                    let n = vm.dict_get_name(&md.dict, "__name__");
                    n.as_ref()
                        .and_then(|v| str_of(v))
                        .unwrap_or("?")
                        .to_string()
                }
                None => "?".into(),
            };
            // A submodule that is not imported yet.
            let sub = format!("{mname}.{}", str_of(name).unwrap_or(""));
            let modules = vm.modules.clone();
            let k = vm.str(sub.as_str());
            if let Some(v) = vm.dict_get(&modules, &k)? {
                return Ok(v);
            }
            let file = m
                .downcast::<PyModule>()
                .and_then(|md| vm.dict_get_name(&md.dict, "__file__"))
                .and_then(|f| str_of(&f).map(|s| s.to_string()));
            let initializing = vm.importing_partial(&mname);
            let msg = match (file, initializing) {
                (_, true) => format!(
                    "cannot import name '{}' from partially initialized module '{mname}' (most likely due to a circular import) ({})",
                    str_of(name).unwrap_or(""),
                    m.downcast::<PyModule>()
                        .and_then(|md| vm.dict_get_name(&md.dict, "__file__"))
                        .and_then(|f| str_of(&f).map(|s| s.to_string()))
                        .unwrap_or_default()
                ),
                (Some(f), false) => format!(
                    "cannot import name '{}' from '{mname}' ({f})",
                    str_of(name).unwrap_or("")
                ),
                (None, false) => format!(
                    "cannot import name '{}' from '{mname}' (unknown location)",
                    str_of(name).unwrap_or("")
                ),
            };
            let e = vm.err("ImportError", msg);
            // `name` is the module imported from; 3.12 also records the missing `name_from`.
            let d = vm.instance_dict(&e.0);
            let mv = vm.str(mname.as_str());
            vm.dict_set_str(&d, "name", mv);
            vm.dict_set_str(&d, "name_from", name.clone());
            Err(e)
        }
        Err(e) => Err(e),
    }
}

impl Vm {
    /// Whether module `name` is still executing (a frame runs with its dict as globals).
    fn importing_partial(&self, name: &str) -> bool {
        self.frames.iter().any(|f| {
            self.dict_get_str(&f.globals, &self.interned["__name__"])
                .as_ref()
                .and_then(|v| str_of(v))
                == Some(name)
                && f.locals.as_ref().is_some_and(|l| l.is(&f.globals))
        })
    }
}

pub fn import_star(vm: &mut Vm, m: &Value, target: &Value) -> PyResult<()> {
    let Some(md) = m.downcast::<PyModule>() else {
        return Ok(());
    };
    let d = md.dict.clone();
    let all = vm.dict_get_name(&d, "__all__");
    let names: Vec<Value> = match all {
        Some(a) => vm.collect(&a)?,
        None => d
            .downcast::<PyDict>()
            .unwrap()
            .0
            .borrow()
            .iter()
            .filter(|e| !str_of(&e.key).unwrap_or("_").starts_with('_'))
            .map(|e| e.key.clone())
            .collect(),
    };
    for n in names {
        let v = vm.getattr(m, &n)?;
        vm.setitem(target, n, v)?;
    }
    Ok(())
}

pub fn b_import(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (pos, kws) = crate::builtins::split_kw(args, kw);
    // __import__(name, globals=None, locals=None, fromlist=(), level=0)
    let mut params: [Option<Value>; 5] = Default::default();
    for (slot, v) in params.iter_mut().zip(pos) {
        *slot = Some(v.clone());
    }
    for (k, v) in kws {
        let i = match k {
            "name" => 0,
            "globals" => 1,
            "locals" => 2,
            "fromlist" => 3,
            "level" => 4,
            _ => {
                return Err(vm.type_error(format!(
                    "__import__() got an unexpected keyword argument '{k}'"
                )));
            }
        };
        params[i] = Some(v.clone());
    }
    let [name, globals, _, fromlist, level] = params;
    let Some(name) = name.filter(|n| str_of(n).is_some()) else {
        return Err(vm.type_error("__import__() argument 1 must be str"));
    };
    let level = level.unwrap_or_else(|| vm.int(0));
    let lv = level.as_small_int().unwrap_or(0);
    if lv < 0 {
        return Err(vm.value_error("level must be >= 0"));
    }
    if str_of(&name) == Some("") && lv == 0 {
        return Err(vm.value_error("Empty module name"));
    }
    let fromlist = match fromlist {
        Some(f) if !f.is(&vm.none) => {
            let items = vm.collect(&f)?;
            vm.tuple(items)
        }
        _ => vm.none.clone(),
    };
    let globals = globals.unwrap_or_else(|| vm.none.clone());
    import_name(vm, &name, &fromlist, &level, &globals)
}

fn exec_or_eval(vm: &mut Vm, args: &[Value], mode: Mode) -> PyResult<Value> {
    let what = if mode == Mode::Eval { "eval" } else { "exec" };
    let Some(src) = args.first() else {
        return Err(vm.type_error(format!("{what} expected at least 1 argument, got 0")));
    };
    let (globals, locals) = match (args.get(1), args.get(2)) {
        (Some(g), l) if !g.is(&vm.none) => (
            g.clone(),
            l.filter(|l| !l.is(&vm.none)).cloned().unwrap_or(g.clone()),
        ),
        _ => {
            let f = vm.frames.last().unwrap();
            let g = f.globals.clone();
            let l = match &f.locals {
                Some(l) => l.clone(),
                None => crate::builtins::locals_dict(vm)?,
            };
            (g, l)
        }
    };
    // The code's builtins are the globals' `__builtins__` (a module or a dict; the
    // interpreter's own when absent, and then recorded there).
    let builtins = match vm.dict_get_name(&globals, "__builtins__") {
        Some(b) => match b.downcast::<PyModule>() {
            Some(m) => m.dict.clone(),
            None if b.kind() == Some(Kind::Dict) => b,
            None => vm.builtins.clone(),
        },
        None => {
            let b = vm.builtins.clone();
            vm.dict_set_str(&globals, "__builtins__", b.clone());
            b
        }
    };
    let code = if let Some(c) = src.downcast::<PyCode>() {
        c.0.clone()
    } else {
        let s = match (str_of(src), src.downcast::<PyBytes>()) {
            (Some(s), _) => s.to_string(),
            (None, Some(b)) => decode_source(vm, &b.b)?,
            _ => {
                return Err(vm.type_error(format!(
                    "{what}() arg 1 must be a string, bytes or code object"
                )));
            }
        };
        compile_source(vm, &s, "<string>", mode)?
    };
    let r = vm.run_body(code, globals, builtins, Some(locals), None)?;
    Ok(if mode == Mode::Eval {
        r
    } else {
        vm.none.clone()
    })
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`: a code object
/// for `exec`/`eval`.
pub fn b_compile(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kw.len();
    let get = |i: usize, name: &str| -> Option<Value> {
        if i < npos {
            return Some(args[i].clone());
        }
        kw.iter()
            .zip(&args[npos..])
            .find(|(k, _)| str_of(k) == Some(name))
            .map(|(_, v)| v.clone())
    };
    let (Some(src), Some(filename), Some(mode)) =
        (get(0, "source"), get(1, "filename"), get(2, "mode"))
    else {
        return Err(vm.type_error("compile() missing required argument"));
    };
    let text = match (str_of(&src), src.downcast::<PyBytes>()) {
        (Some(s), _) => s.to_string(),
        (None, Some(b)) => decode_source(vm, &b.b)?,
        _ => {
            return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object"));
        }
    };
    let filename = str_of(&filename).unwrap_or("<string>").to_string();
    let mode = match str_of(&mode) {
        Some("exec") => Mode::Exec,
        Some("eval") => Mode::Eval,
        Some("single") => Mode::Single,
        _ => {
            return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'"));
        }
    };
    vm.sources.insert(filename.clone(), text.clone());
    let code = compile_source(vm, &text, &filename, mode)?;
    Ok(Value::new_object(&vm.t.code, PyCode(code)))
}

pub fn b_exec(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    exec_or_eval(vm, args, Mode::Exec)
}

pub fn b_eval(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    exec_or_eval(vm, args, Mode::Eval)
}

/// The native `_imp` module under `importlib` and `runpy`.
pub fn module_functions() -> Vec<(&'static str, crate::vm::NativeFn)> {
    vec![("find_source", imp_find_source)]
}

/// `_imp.find_source(fullname)`: `(source, filename, is_real_file, package_dir or None)` for
/// the module that `import fullname` would load from source, or None. The parent package is
/// imported first, as the import statement would.
fn imp_find_source(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let Some(name) = a.first().and_then(|v| str_of(v).map(str::to_string)) else {
        return Err(vm.type_error("find_source() argument must be str"));
    };
    let search = search_path_for(vm, &name)?;
    let Some(found) = find_source(vm, &name, &search)? else {
        return Ok(vm.none.clone());
    };
    let text = vm.str(found.text);
    let file = vm.str(found.file);
    let real = vm.bool(found.file_attr);
    let pkg = match found.pkg_dir {
        Some(d) => vm.str(d),
        None => vm.none.clone(),
    };
    Ok(vm.tuple(vec![text, file, real, pkg]))
}

/// The `__spec__` of a module loaded by the import system, made by `importlib.machinery` on
/// first access and then stored in the module.
pub fn module_spec(vm: &mut Vm, m: &Value) -> PyResult<Value> {
    let machinery = import_absolute(vm, "importlib.machinery")?;
    let f = vm.getattr_str(&machinery, "_spec_of_loaded")?;
    let spec = vm.call(&f, std::slice::from_ref(m), &[])?;
    let d = m.downcast::<PyModule>().unwrap().dict.clone();
    vm.dict_set_str(&d, "__spec__", spec.clone());
    Ok(spec)
}
