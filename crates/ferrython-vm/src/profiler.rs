//! Profiling: `sys.setprofile` hooks and the deterministic profiler behind `_lsprof`
//! (`cProfile`).
//!
//! The interpreter reports four kinds of event while a hook is set (`Vm::profile`): a frame
//! starting (a call, or a generator resuming), a frame ending (a return, a yield, or an
//! exception leaving it), and the start and end of a call of a builtin made by a `CALL`
//! instruction. A Python hook receives them as `func(frame, event, arg)`; the native
//! profiler keeps per-function counts and times without creating frame objects.

use std::collections::HashMap;
use std::rc::Rc;
use std::time::Instant;

use crate::code::CodeInner;
use crate::objects::*;
use crate::value::{Kind, Value};
use crate::vm::{PyResult, Vm};

/// The installed profile hook.
#[derive(Clone)]
pub enum ProfileHook {
    /// A Python callable set by `sys.setprofile`.
    Python(Value),
    /// An enabled `_lsprof.Profiler` (the object; its state is in `Vm::profilers`).
    Native(Value),
}

/// What a profiled function is.
enum Key {
    Code(Rc<CodeInner>),
    Builtin(Value),
}

#[derive(Default)]
struct Counts {
    calls: u64,
    recursive: u64,
    /// Time including subcalls, counted for the outermost activation only.
    total: f64,
    /// Time excluding subcalls.
    inline: f64,
    /// Activations currently running.
    depth: u32,
}

impl Counts {
    fn finish(&mut self, elapsed: f64, inline: f64) {
        self.depth -= 1;
        self.calls += 1;
        if self.depth > 0 {
            self.recursive += 1;
        } else {
            self.total += elapsed;
        }
        self.inline += inline;
    }
}

struct Entry {
    key: Key,
    counts: Counts,
    /// Counts of the calls this function made, by callee entry.
    callees: HashMap<usize, Counts>,
}

struct Active {
    entry: usize,
    caller: Option<usize>,
    start: Instant,
    /// Time spent in the subcalls finished so far.
    sub: f64,
}

/// The state of one `_lsprof.Profiler`.
#[derive(Default)]
pub struct Profile {
    entries: Vec<Entry>,
    by_key: HashMap<usize, usize>,
    active: Vec<Active>,
    subcalls: bool,
    builtins: bool,
}

impl Profile {
    fn enter(&mut self, key: Key) {
        let id = match &key {
            Key::Code(c) => Rc::as_ptr(c) as usize,
            Key::Builtin(b) => b.id(),
        };
        let e = match self.by_key.get(&id) {
            Some(&e) => e,
            None => {
                self.entries.push(Entry {
                    key,
                    counts: Counts::default(),
                    callees: HashMap::new(),
                });
                self.by_key.insert(id, self.entries.len() - 1);
                self.entries.len() - 1
            }
        };
        self.entries[e].counts.depth += 1;
        let caller = self.active.last().map(|a| a.entry);
        if let Some(c) = caller
            && self.subcalls
        {
            self.entries[c].callees.entry(e).or_default().depth += 1;
        }
        self.active.push(Active {
            entry: e,
            caller,
            start: Instant::now(),
            sub: 0.0,
        });
    }

    fn exit(&mut self) {
        let Some(a) = self.active.pop() else {
            // A frame that started before the profiler was enabled.
            return;
        };
        let elapsed = a.start.elapsed().as_secs_f64();
        let inline = elapsed - a.sub;
        self.entries[a.entry].counts.finish(elapsed, inline);
        if let Some(c) = a.caller
            && self.subcalls
            && let Some(sub) = self.entries[c].callees.get_mut(&a.entry)
        {
            sub.finish(elapsed, inline);
        }
        if let Some(parent) = self.active.last_mut() {
            parent.sub += elapsed;
        }
    }

    /// Ends every running activation (the profiler is being disabled).
    fn flush(&mut self) {
        while !self.active.is_empty() {
            self.exit();
        }
    }
}

pub type Profilers = HashMap<usize, Profile>;

impl Vm {
    /// A frame was pushed (call or generator resume). A Python hook that fails here is
    /// removed and its exception reported as unraisable (the frame is already set up).
    #[cold]
    #[inline(never)]
    pub fn profile_call(&mut self) {
        if self.top_frame_hidden() {
            return;
        }
        match self.profile.clone() {
            Some(ProfileHook::Native(p)) => {
                let code = self.frames.last().expect("frame").code.clone();
                if let Some(st) = self.profilers.get_mut(&p.id()) {
                    st.enter(Key::Code(code));
                }
            }
            Some(ProfileHook::Python(f)) => {
                let none = self.none.clone();
                if let Err(e) = self.call_python_hook(&f, "call", none) {
                    crate::traceback::write_unraisable(self, &e.0, &f);
                }
            }
            None => {}
        }
    }

    /// The top frame is about to end: returning `v`, yielding it, or (None) raising.
    #[cold]
    #[inline(never)]
    pub fn profile_return(&mut self, v: Option<&Value>) {
        if self.top_frame_hidden() {
            return;
        }
        match self.profile.clone() {
            Some(ProfileHook::Native(p)) => {
                if let Some(st) = self.profilers.get_mut(&p.id()) {
                    st.exit();
                }
            }
            Some(ProfileHook::Python(f)) => {
                let arg = v.cloned().unwrap_or_else(|| self.none.clone());
                // An exception leaving the frame is already propagating: a failure of the hook
                // here only removes it (call_python_hook did).
                let _ = self.call_python_hook(&f, "return", arg);
            }
            None => {}
        }
    }

    /// A `CALL` instruction is about to call builtin `func`.
    #[cold]
    #[inline(never)]
    pub fn profile_c_call(&mut self, func: &Value) -> PyResult<()> {
        match self.profile.clone() {
            Some(ProfileHook::Native(p)) => {
                if let Some(st) = self.profilers.get_mut(&p.id())
                    && st.builtins
                {
                    st.enter(Key::Builtin(func.clone()));
                }
                Ok(())
            }
            Some(ProfileHook::Python(f)) => self.call_python_hook(&f, "c_call", func.clone()),
            None => Ok(()),
        }
    }

    /// The builtin call announced by `profile_c_call` ended (`ok`: without an exception).
    #[cold]
    #[inline(never)]
    pub fn profile_c_return(&mut self, func: &Value, ok: bool) -> PyResult<()> {
        match self.profile.clone() {
            Some(ProfileHook::Native(p)) => {
                if let Some(st) = self.profilers.get_mut(&p.id())
                    && st.builtins
                    && st.active.last().is_some_and(
                        |a| matches!(&st.entries[a.entry].key, Key::Builtin(b) if b.is(func)),
                    )
                {
                    st.exit();
                }
                Ok(())
            }
            Some(ProfileHook::Python(f)) => {
                let ev = if ok { "c_return" } else { "c_exception" };
                self.call_python_hook(&f, ev, func.clone())
            }
            None => Ok(()),
        }
    }

    /// Whether the top frame runs a stand-in for a C function (see `hidden_frame`): its time
    /// counts as its caller's, as a C function's would.
    fn top_frame_hidden(&mut self) -> bool {
        let Some(fi) = self.frames.len().checked_sub(1) else {
            return false;
        };
        let code = self.frames[fi].code.clone();
        self.hidden_frame(fi, &code)
    }

    /// Calls a `sys.setprofile` function with the top frame; the hook is off meanwhile.
    fn call_python_hook(&mut self, f: &Value, event: &str, arg: Value) -> PyResult<()> {
        let Some(top) = self.frames.len().checked_sub(1) else {
            return Ok(());
        };
        let saved = self.profile.take();
        self.profile_changed = false;
        let frame = crate::frames::frame_at(self, top);
        let ev = self.intern(event);
        let r = self.call(f, &[frame, ev, arg], &[]);
        // The hook may have replaced itself (sys.setprofile inside it); keep that choice.
        if self.profile.is_none() && !self.profile_changed {
            self.profile = saved;
        }
        self.profile_changed = false;
        if r.is_err() {
            // As in CPython, a failing profile function is removed.
            self.profile = None;
        }
        r.map(|_| ())
    }

    /// Calls builtin `func` from a `CALL` instruction, reporting it to the profile hook.
    pub fn call_builtin_profiled(
        &mut self,
        func: &Value,
        args: &[Value],
        kw: &[Value],
    ) -> PyResult<Value> {
        self.profile_c_call(func)?;
        let r = self.call(func, args, kw);
        self.profile_c_return(func, r.is_ok())?;
        r
    }
}

/// `sys.setprofile(func)`.
pub fn sys_setprofile(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [f] = args else {
        return Err(vm.type_error(format!(
            "setprofile() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    vm.profile = if f.is(&vm.none) {
        None
    } else {
        Some(ProfileHook::Python(f.clone()))
    };
    vm.profile_changed = true;
    Ok(vm.none.clone())
}

/// `sys.getprofile()`.
pub fn sys_getprofile(vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(match &vm.profile {
        Some(ProfileHook::Python(f)) | Some(ProfileHook::Native(f)) => f.clone(),
        None => vm.none.clone(),
    })
}

/// The functions of the native `_lsprof` module; `lib/_lsprof.py` builds `Profiler` on them.
pub fn module_functions() -> Vec<(&'static str, crate::vm::NativeFn)> {
    vec![
        ("_install", lsprof_install),
        ("_reset", lsprof_reset),
        ("_getstats", lsprof_getstats),
    ]
}

fn profiler_arg(vm: &Vm, args: &[Value], what: &str) -> PyResult<Value> {
    args.first()
        .cloned()
        .ok_or_else(|| vm.type_error(format!("{what}() needs a Profiler")))
}

/// `_install(cls)`: gives the Python class `cls` the native `enable` and `disable` methods,
/// which the profiler reports as `<method 'enable' of '_lsprof.Profiler' objects>`.
fn lsprof_install(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let cls = profiler_arg(vm, args, "_install")?;
    let Some(t) = cls.downcast::<PyType>() else {
        return Err(vm.type_error("_install() needs a class"));
    };
    for (name, f) in [
        ("enable", lsprof_enable as crate::vm::NativeFn),
        ("disable", lsprof_disable),
    ] {
        let m = Value::new_object(
            &vm.t.method_descriptor,
            PyBuiltin {
                name,
                func: f,
                self_: None,
                owner: Some("_lsprof.Profiler"),
                receiver_type: std::cell::Cell::new(0),
            },
        );
        let d = t.dict.clone();
        vm.dict_set_str(&d, name, m);
    }
    Ok(vm.none.clone())
}

/// `_reset(profiler)`: forgets everything recorded for `profiler`.
fn lsprof_reset(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let p = profiler_arg(vm, args, "_reset")?;
    let (subcalls, builtins) = vm
        .profilers
        .get(&p.id())
        .map_or((true, true), |s| (s.subcalls, s.builtins));
    vm.profilers.insert(
        p.id(),
        Profile {
            subcalls,
            builtins,
            ..Profile::default()
        },
    );
    Ok(vm.none.clone())
}

/// `Profiler.enable(subcalls=True, builtins=True)`.
fn lsprof_enable(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = profiler_arg(vm, args, "enable")?;
    let mut flags = [true, true];
    // Keyword values follow the positional arguments; `kw` names them.
    let npos = args.len() - kw.len().min(args.len() - 1);
    if npos > 3 {
        return Err(vm.type_error(format!(
            "enable() takes at most 2 arguments ({} given)",
            npos - 1
        )));
    }
    for (i, v) in args[1..npos].iter().enumerate() {
        flags[i] = vm.truthy(v)?;
    }
    for (name, v) in kw.iter().zip(&args[npos..]) {
        match str_of(name) {
            Some("subcalls") => flags[0] = vm.truthy(v)?,
            Some("builtins") => flags[1] = vm.truthy(v)?,
            other => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for enable()",
                    other.unwrap_or("?")
                )));
            }
        }
    }
    let st = vm.profilers.entry(p.id()).or_default();
    st.subcalls = flags[0];
    st.builtins = flags[1];
    vm.profile = Some(ProfileHook::Native(p));
    vm.profile_changed = true;
    Ok(vm.none.clone())
}

/// `Profiler.disable()`: stops profiling, ending the activations still running.
fn lsprof_disable(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let p = profiler_arg(vm, args, "disable")?;
    if matches!(&vm.profile, Some(ProfileHook::Native(q)) if q.is(&p)) {
        vm.profile = None;
        vm.profile_changed = true;
    }
    if let Some(st) = vm.profilers.get_mut(&p.id()) {
        st.flush();
    }
    Ok(vm.none.clone())
}

/// The label CPython's profiler gives a builtin: `<built-in method builtins.len>` for a
/// module function, `<method 'append' of 'list' objects>` for a method descriptor.
fn builtin_label(vm: &mut Vm, f: &Value) -> String {
    let Some(b) = f.downcast::<PyBuiltin>() else {
        return format!("<{}>", vm.type_name(f));
    };
    if let Some(owner) = b.owner {
        return format!("<method '{}' of '{owner}' objects>", b.name);
    }
    if let Some(s) = &b.self_
        && s.kind() != Some(Kind::Module)
    {
        let tn = vm.type_name(s);
        return format!(
            "<built-in method {} of {tn} object at {:#x}>",
            b.name,
            s.id()
        );
    }
    let module = module_of(vm, f).unwrap_or_else(|| "builtins".to_string());
    format!("<built-in method {module}.{}>", b.name)
}

/// The name of the loaded module whose namespace holds `f`.
fn module_of(vm: &Vm, f: &Value) -> Option<String> {
    let modules = vm.modules.downcast::<PyDict>()?.items();
    let builtins_first = modules
        .iter()
        .filter(|(k, _)| str_of(k) == Some("builtins"))
        .chain(
            modules
                .iter()
                .filter(|(k, _)| str_of(k) != Some("builtins")),
        );
    for (name, m) in builtins_first {
        let Some(md) = m.downcast::<PyModule>() else {
            continue;
        };
        let Some(d) = md.dict.downcast::<PyDict>() else {
            continue;
        };
        if d.items().iter().any(|(_, v)| v.is(f)) {
            return str_of(name).map(str::to_string);
        }
    }
    None
}

fn counts_tuple(vm: &mut Vm, code: Value, c: &Counts) -> Vec<Value> {
    vec![
        code,
        vm.int(c.calls as i64),
        vm.int(c.recursive as i64),
        vm.float(c.total),
        vm.float(c.inline),
    ]
}

/// `_getstats(profiler)`: a list of `(code, callcount, reccallcount, totaltime, inlinetime,
/// calls)` tuples, `calls` a list of such 5-tuples for the callees (or None).
fn lsprof_getstats(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let p = profiler_arg(vm, args, "_getstats")?;
    let Some(st) = vm.profilers.remove(&p.id()) else {
        return Ok(vm.list(Vec::new()));
    };
    let mut codes = Vec::with_capacity(st.entries.len());
    for e in &st.entries {
        let c = match &e.key {
            Key::Code(c) => Value::new_object(&vm.t.code, PyCode(c.clone())),
            Key::Builtin(b) => {
                let label = builtin_label(vm, b);
                vm.str(label)
            }
        };
        codes.push(c);
    }
    let mut out = Vec::new();
    for (i, e) in st.entries.iter().enumerate() {
        if e.counts.calls == 0 {
            continue;
        }
        let calls = if st.subcalls {
            let mut subs: Vec<(&usize, &Counts)> = e.callees.iter().collect();
            subs.sort_by_key(|(k, _)| **k);
            let mut items = Vec::new();
            for (k, c) in subs {
                if c.calls == 0 {
                    continue;
                }
                let t = counts_tuple(vm, codes[*k].clone(), c);
                items.push(vm.tuple(t));
            }
            vm.list(items)
        } else {
            vm.none.clone()
        };
        let mut t = counts_tuple(vm, codes[i].clone(), &e.counts);
        t.push(calls);
        out.push(vm.tuple(t));
    }
    vm.profilers.insert(p.id(), st);
    Ok(vm.list(out))
}
