//! The interpreter state (`Vm`): builtin types and singletons, the value and frame stacks,
//! interned strings, the module table, and the constructors of values and exceptions.

use std::collections::HashMap;
use std::rc::Rc;

use num_bigint::BigInt;

use crate::code::CodeInner;
use crate::dict::DictTable;
use crate::interp::Frame;
use crate::objects::*;
use crate::set::SetTable;
use crate::value::{Kind, Value};

/// A raised Python exception (the exception instance).
#[derive(Clone, Debug)]
pub struct PyErr(pub Value);

pub type PyResult<T> = Result<T, PyErr>;

/// A native function: positional arguments followed by keyword values, named by `kwnames`.
pub type NativeFn = fn(&mut Vm, &[Value], &[Value]) -> PyResult<Value>;

macro_rules! builtin_types {
    ($($field:ident),* $(,)?) => {
        /// The builtin classes.
        pub struct Types { $(pub $field: Value,)* }
    };
}

builtin_types!(
    object,
    type_,
    int,
    bool,
    float,
    complex,
    str,
    bytes,
    bytearray,
    tuple,
    list,
    dict,
    set,
    frozenset,
    function,
    builtin,
    method_descriptor,
    method,
    code,
    cell,
    module,
    range,
    slice,
    iterator,
    property,
    classmethod,
    staticmethod,
    super_,
    generator,
    weakref,
    frame,
    member,
    coroutine,
    async_generator,
    coroutine_wrapper,
    async_gen_asend,
    async_gen_athrow,
    async_gen_wrapped,
    none,
    not_implemented,
    ellipsis,
    traceback,
    dict_keys,
    dict_values,
    dict_items,
    mappingproxy,
    base_exception,
);

/// A fast non-cryptographic hasher for internal tables keyed by Rust strings (the interned
/// name table is hit on every dunder lookup; SipHash cost 12% of a method-call benchmark).
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl std::hash::Hasher for FxHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut w = [0u8; 8];
            w[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w))
                .wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
}

pub type FastMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<FxHasher>>;

/// Names looked up on hot paths, interned once.
pub struct Names {
    pub getattribute: Value,
    pub setattr: Value,
    pub delattr: Value,
    pub getattr: Value,
    pub get: Value,
    pub set: Value,
    pub delete: Value,
    pub init: Value,
    pub new: Value,
    pub await_: Value,
    pub abstractmethods: Value,
}

pub struct Vm {
    pub t: Types,
    pub names: Names,
    pub none: Value,
    pub true_: Value,
    pub false_: Value,
    pub not_implemented: Value,
    pub ellipsis: Value,
    pub builtins: Value,
    pub modules: Value,
    pub sys: Value,
    pub interned: FastMap<Box<str>, Value>,
    pub stack: Vec<Value>,
    pub frames: Vec<Frame>,
    /// Exceptions currently being handled (innermost last), for context chaining.
    pub handling: Vec<Value>,
    pub recursion_limit: usize,
    /// Set once the interpreter is shutting down: weak reference callbacks no longer run.
    pub finalizing: bool,
    pub exc: FastMap<&'static str, Value>,
    pub optimize: u32,
    pub small_ints: Vec<Value>,
    /// Set by the SIGINT handler; checked on backward jumps and calls.
    pub interrupt: &'static std::sync::atomic::AtomicBool,
    /// A step budget (for fuzzing): when set, `interrupt` points at a flag that stays raised,
    /// each check of it spends one unit, and an empty budget raises RuntimeError at every
    /// check, so any program ends.
    pub fuel: Option<u64>,
    /// The async-generator hooks of `sys.set_asyncgen_hooks`: (firstiter, finalizer).
    pub asyncgen_hooks: (Option<Value>, Option<Value>),
    /// Native consumers driving generator frames, by frame index (see `generator::Sink`).
    pub sinks: Vec<(usize, crate::generator::Sink)>,
    /// Objects whose repr is being computed (guards recursive containers).
    pub repr_stack: Vec<usize>,
    /// Reused argument buffer for calls of builtins from the interpreter loop (saves an
    /// allocation per call).
    pub arg_buf: Vec<Value>,
    /// Set by RERAISE so unwinding does not add a traceback entry.
    pub reraise: bool,
    /// Handler target to resume at after unwinding.
    pub resume_at: Option<usize>,
    /// Path of the main script, for tracebacks of `<string>` and friends.
    pub sources: HashMap<String, String>,
    /// Builtin classes created lazily by native modules, by name.
    pub interned_types: FastMap<&'static str, Value>,
    /// The shared one-character strs of the Latin-1 range (`char_str`), made on first use.
    pub char_strs: Vec<Option<Value>>,
    /// The builtin iterator classes `iter_obj` has created, by its own numbering.
    pub iter_types: [Option<Value>; 20],
    /// The instruction the top frame is executing (the frames below keep theirs in
    /// `Frame::lasti`, saved when a frame is pushed above them): one store per instruction.
    pub lasti: usize,
    /// `lib/signal.py`'s function that runs the Python handler of a signal number.
    pub signal_dispatch: Option<Value>,
    /// The `sys.setprofile` hook or enabled `_lsprof` profiler, if any.
    pub profile: Option<crate::profiler::ProfileHook>,
    /// Set when the hook is replaced, so a hook that replaces itself is not restored.
    pub profile_changed: bool,
    /// The state of each `_lsprof.Profiler`, by object id.
    pub profilers: crate::profiler::Profilers,
}

/// Sets `__doc__` to None in the namespace `dict` of a builtin type that has none, so that
/// it does not inherit object's.
pub fn give_own_doc(vm: &Vm, dict: &Value) {
    let key = vm.str("__doc__");
    let hash = crate::ops::str_hash(&key);
    let table = &mut *dict.downcast::<PyDict>().unwrap().0.borrow_mut();
    if table.get_fast(hash, &key).is_none() {
        table.insert_new(hash, key, vm.none.clone());
    }
}

pub static INTERRUPTED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

impl Vm {
    pub fn new() -> Vm {
        crate::bootstrap::bootstrap()
    }

    // ----- value constructors ----------------------------------------------------------------

    #[inline]
    pub fn int(&self, i: i64) -> Value {
        match Value::small_int(i) {
            Some(v) => v,
            None => self.boxed_int(i),
        }
    }

    /// An i64 outside the small-int range, as a heap int.
    #[cold]
    #[inline(never)]
    fn boxed_int(&self, i: i64) -> Value {
        Value::new_object(&self.t.int, PyBigInt(BigInt::from(i)))
    }

    pub fn bigint(&self, b: BigInt) -> Value {
        match i64::try_from(&b) {
            Ok(i) if Value::small_int(i).is_some() => Value::small_int_unchecked(i),
            _ => Value::new_object(&self.t.int, PyBigInt(b)),
        }
    }

    #[inline]
    pub fn bool(&self, b: bool) -> Value {
        if b {
            self.true_.clone()
        } else {
            self.false_.clone()
        }
    }

    #[inline]
    pub fn float(&self, f: f64) -> Value {
        Value::new_float(&self.t.float, f)
    }

    pub fn complex(&self, re: f64, im: f64) -> Value {
        Value::new_object(&self.t.complex, PyComplex { re, im })
    }

    pub fn str(&self, s: impl Into<Box<str>>) -> Value {
        Value::new_object(&self.t.str, PyStr::new(s.into()))
    }

    /// The one-character str of `c`. The 256 Latin-1 ones are shared, as in CPython, and are
    /// the interned ones (so their hash is computed once): iterating over text or indexing it
    /// allocates nothing for them.
    pub fn char_str(&mut self, c: char) -> Value {
        let mut buf = [0u8; 4];
        let text: &str = c.encode_utf8(&mut buf);
        let Some(slot) = self.char_strs.get(c as usize) else {
            return self.str(text);
        };
        if let Some(v) = slot {
            return v.clone();
        }
        let v = self.intern(text);
        self.char_strs[c as usize] = Some(v.clone());
        v
    }

    pub fn intern(&mut self, s: &str) -> Value {
        if let Some(v) = self.interned.get(s) {
            return v.clone();
        }
        let v = self.str(s);
        v.make_immortal();
        self.interned.insert(s.into(), v.clone());
        v
    }

    pub fn bytes(&self, b: Vec<u8>) -> Value {
        Value::new_object(
            &self.t.bytes,
            PyBytes {
                b: b.into(),
                hash: std::cell::Cell::new(-1),
            },
        )
    }

    pub fn tuple(&self, items: Vec<Value>) -> Value {
        Value::new_object(&self.t.tuple, PyTuple(items.into()))
    }

    pub fn list(&self, items: Vec<Value>) -> Value {
        Value::new_object(&self.t.list, PyList(std::cell::RefCell::new(items)))
    }

    pub fn dict(&self) -> Value {
        Value::new_object(
            &self.t.dict,
            PyDict(std::cell::RefCell::new(DictTable::default())),
        )
    }

    pub fn set(&self, frozen: bool) -> Value {
        let ty = if frozen {
            &self.t.frozenset
        } else {
            &self.t.set
        };
        Value::new_object(
            ty,
            PySet {
                table: std::cell::RefCell::new(SetTable::default()),
                frozen,
            },
        )
    }

    pub fn code(&self, inner: CodeInner) -> Value {
        Value::new_object(&self.t.code, PyCode(Rc::new(inner)))
    }

    pub fn iter_obj(&mut self, st: IterState) -> Value {
        let (slot, name): (usize, &'static str) = match &st {
            IterState::Seq { seq, .. } => match seq.kind() {
                Some(Kind::List) => (0, "list_iterator"),
                Some(Kind::Tuple) => (1, "tuple_iterator"),
                Some(Kind::Bytes) => (2, "bytes_iterator"),
                Some(Kind::ByteArray) => (3, "bytearray_iterator"),
                _ => (4, "iterator"),
            },
            IterState::Range { .. } => (5, "range_iterator"),
            IterState::BigRange { .. } => (6, "longrange_iterator"),
            IterState::Str { s, .. } => {
                if s.downcast::<PyStr>().is_some_and(|p| p.is_ascii()) {
                    (7, "str_ascii_iterator")
                } else {
                    (8, "str_iterator")
                }
            }
            IterState::Dict { which, .. } => match which {
                0 => (9, "dict_keyiterator"),
                1 => (10, "dict_valueiterator"),
                _ => (11, "dict_itemiterator"),
            },
            IterState::Set { .. } => (12, "set_iterator"),
            IterState::Enumerate { .. } => (13, "enumerate"),
            IterState::Zip { .. } => (14, "zip"),
            IterState::Map { .. } => (15, "map"),
            IterState::Filter { .. } => (16, "filter"),
            IterState::Reversed { seq, .. } => {
                if seq.kind() == Some(Kind::List) {
                    (17, "list_reverseiterator")
                } else {
                    (18, "reversed")
                }
            }
            IterState::Callable { .. } => (19, "callable_iterator"),
            IterState::Exhausted => (4, "iterator"),
        };
        // Creating an iterator is common enough that a lookup of its class by name shows.
        let ty = match &self.iter_types[slot] {
            Some(t) => t.clone(),
            None => {
                let t = self.iterator_type(name);
                self.iter_types[slot] = Some(t.clone());
                t
            }
        };
        Value::new_object(&ty, PyIter(std::cell::RefCell::new(st)))
    }

    /// The builtin iterator class called `name`, created on first use.
    pub fn iterator_type(&mut self, name: &'static str) -> Value {
        if let Some(t) = self.interned_types.get(name) {
            return t.clone();
        }
        let base = self.t.iterator.clone();
        let t = self.new_type(name, vec![base.clone()], Kind::Iter, false);
        let obj = self.t.object.clone();
        let _ = obj;
        crate::bootstrap::set_bases(&t, vec![base]);
        t.make_immortal();
        self.interned_types.insert(name, t.clone());
        t
    }

    pub fn builtin_fn(&self, name: &'static str, func: NativeFn) -> Value {
        Value::new_object(
            &self.t.builtin,
            PyBuiltin {
                name,
                func,
                self_: None,
                owner: None,
                receiver_type: std::cell::Cell::new(0),
            },
        )
    }

    // ----- exceptions --------------------------------------------------------------------------

    pub fn exc_type(&self, name: &str) -> Value {
        self.exc
            .get(name)
            .cloned()
            .unwrap_or_else(|| panic!("unknown exception type {name}"))
    }

    /// A new exception instance of class `ty` with the given args.
    pub fn new_exception(&self, ty: &Value, args: Vec<Value>) -> Value {
        Value::new_object(
            ty,
            PyException {
                args: std::cell::RefCell::new(self.tuple(args)),
                traceback: Default::default(),
                cause: Default::default(),
                context: Default::default(),
                suppress_context: Default::default(),
                detail: Default::default(),
            },
        )
    }

    #[cold]
    pub fn err(&self, name: &str, msg: impl Into<String>) -> PyErr {
        let ty = self.exc_type(name);
        let m = self.str(msg.into());
        PyErr(self.new_exception(&ty, vec![m]))
    }

    #[cold]
    pub fn type_error(&self, msg: impl Into<String>) -> PyErr {
        self.err("TypeError", msg)
    }

    #[cold]
    pub fn value_error(&self, msg: impl Into<String>) -> PyErr {
        self.err("ValueError", msg)
    }

    #[cold]
    pub fn index_error(&self, msg: impl Into<String>) -> PyErr {
        self.err("IndexError", msg)
    }

    #[cold]
    pub fn attribute_error(&self, msg: impl Into<String>) -> PyErr {
        self.err("AttributeError", msg)
    }

    #[cold]
    pub fn zero_division(&self, msg: impl Into<String>) -> PyErr {
        self.err("ZeroDivisionError", msg)
    }

    #[cold]
    pub fn overflow_error(&self, msg: impl Into<String>) -> PyErr {
        self.err("OverflowError", msg)
    }

    #[cold]
    pub fn key_error(&self, key: Value) -> PyErr {
        let ty = self.exc_type("KeyError");
        PyErr(self.new_exception(&ty, vec![key]))
    }

    #[cold]
    pub fn stop_iteration(&self, value: Option<Value>) -> PyErr {
        let ty = self.exc_type("StopIteration");
        PyErr(self.new_exception(&ty, value.into_iter().collect()))
    }

    #[cold]
    pub fn name_error(&self, name: &str) -> PyErr {
        let e = self.err("NameError", format!("name '{name}' is not defined"));
        if let Some(x) = e.0.downcast::<PyException>() {
            *x.detail.borrow_mut() = Some((self.str(name), None));
        }
        e
    }

    /// Whether `e` is an instance of the exception class named `name`.
    pub fn exc_matches(&self, e: &PyErr, name: &str) -> bool {
        let ty = self.type_of(&e.0);
        crate::ops::is_subtype(&ty, &self.exc_type(name))
    }

    // ----- types -------------------------------------------------------------------------------

    /// The Python type of any value.
    #[inline]
    pub fn type_of(&self, v: &Value) -> Value {
        if v.is_small_int() {
            return self.t.int.clone();
        }
        v.header_type().expect("typed object").clone()
    }

    /// The name messages give `v`'s class: its `__name__`, or for the classes written in
    /// Python that stand in for CPython's C types, the C type's dotted name that they declare
    /// as `__tp_name__` (`decimal.Decimal`).
    pub fn type_name(&self, v: &Value) -> String {
        let t = self.type_of(v);
        let ty = t.downcast::<PyType>().expect("type");
        if ty.heap
            && let Some(d) = ty.dict.downcast::<PyDict>()
            && let Some(key) = self.interned.get("__tp_name__")
            && let Some(n) = d.0.borrow().get_fast(crate::ops::str_hash(key), key)
            && let Some(s) = str_of(n)
        {
            return s.to_string();
        }
        ty.name.borrow().to_string()
    }

    /// Creates a builtin or heap class object.
    pub fn new_type(&self, name: &str, bases: Vec<Value>, layout: Kind, heap: bool) -> Value {
        let dict = self.dict();
        if !heap {
            give_own_doc(self, &dict);
        }

        Value::new_object(
            &self.t.type_,
            PyType {
                name: std::cell::RefCell::new(name.into()),
                qualname: std::cell::RefCell::new(name.into()),
                bases: std::cell::RefCell::new(bases),
                mro: Default::default(),
                dict,
                version: std::cell::Cell::new(1),
                layout,
                heap,
                slots: Default::default(),
                nslots: Default::default(),
                new: Default::default(),
                has_del: Default::default(),
                flags_cache: Default::default(),
                cache_tag: Default::default(),
                subclasses: Default::default(),
            },
        )
    }
}

impl Default for Vm {
    fn default() -> Self {
        Vm::new()
    }
}
