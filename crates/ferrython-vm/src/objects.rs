//! Payload structs of the builtin object kinds. Each is the `data` of an `Obj<T>` (see
//! `value`); the Python type is in the header, so one payload kind can serve several Python
//! types (a user subclass of `list` still has a `PyList` payload).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use num_bigint::BigInt;

use crate::code::CodeInner;
use crate::dict::DictTable;
use crate::set::SetTable;
use crate::value::Value;
use crate::vm::NativeFn;

/// Instance attribute storage: a dict allocated on first store.
pub type AttrCell = RefCell<Option<Value>>;

/// A plain instance of a user class (or `object()`); attributes live in the header.
/// An instance of a class (or None, NotImplemented, Ellipsis): its attributes live in the
/// header's `__dict__`, its `__slots__` values here, one cell per slot of the class's layout.
pub struct PyInstance {
    pub slots: Box<[Cell<Option<Value>>]>,
    /// The instance attributes while the object has no `__dict__` (the header's attribute
    /// word is empty): once a dict is asked for, it is built from these and holds them from
    /// then on (see `Vm::instance_dict`).
    pub attrs: RefCell<ShapedAttrs>,
}

/// A shape (hidden class): the names of an instance's attributes in the order they were
/// added. Instances given the same attributes in the same order share one shape, reached by
/// following `next` from the empty root; their values sit in `ShapedAttrs::values` at the
/// names' positions, which are also the positions the names would have in a dict built from
/// them (so attribute caches record one position for both).
pub struct Shape {
    pub names: Vec<Value>,
    /// Bit `hash % 64` set for the hash of each name: a clear bit proves a name absent.
    bits: u64,
    next: RefCell<Vec<(Value, Rc<Shape>)>>,
}

#[inline]
fn name_bit(name: &Value) -> u64 {
    if name.downcast::<PyStr>().is_none() {
        return u64::MAX;
    }
    1 << (crate::ops::str_hash(name) as u64 & 63)
}

/// The most attributes a shape holds; an instance given more switches to a dict.
pub const MAX_SHAPE_LEN: usize = 30;

thread_local! {
    static ROOT_SHAPE: Rc<Shape> = Rc::new(Shape {
        names: Vec::new(),
        bits: 0,
        next: RefCell::new(Vec::new()),
    });
}

/// Whether `a` and `b` (exact strs) are the same attribute name.
#[inline]
fn same_name(a: &Value, b: &Value) -> bool {
    if a.is(b) {
        return true;
    }
    match (a.downcast::<PyStr>(), b.downcast::<PyStr>()) {
        (Some(x), Some(y)) => {
            let (hx, hy) = (x.hash.get(), y.hash.get());
            (hx == -1 || hy == -1 || hx == hy) && x.s == y.s
        }
        _ => false,
    }
}

impl Shape {
    /// The shape with no attributes.
    pub fn root() -> Rc<Shape> {
        ROOT_SHAPE.with(Rc::clone)
    }

    /// The position of attribute `name`.
    #[inline]
    pub fn index_of(&self, name: &Value) -> Option<usize> {
        if self.bits & name_bit(name) == 0 {
            return None;
        }
        if let Some(i) = self.names.iter().position(|n| n.is(name)) {
            return Some(i);
        }
        self.names.iter().position(|n| same_name(n, name))
    }

    /// This shape with `name` added at the end (shared by every instance that adds it here).
    pub fn with(self: &Rc<Shape>, name: &Value) -> Rc<Shape> {
        if let Some((_, s)) = self.next.borrow().iter().find(|(n, _)| same_name(n, name)) {
            return s.clone();
        }
        let mut names = self.names.clone();
        names.push(name.clone());
        let s = Rc::new(Shape {
            names,
            bits: self.bits | name_bit(name),
            next: RefCell::new(Vec::new()),
        });
        self.next.borrow_mut().push((name.clone(), s.clone()));
        s
    }
}

/// An instance's attribute values, laid out by its shape.
pub struct ShapedAttrs {
    pub shape: Rc<Shape>,
    pub values: Vec<Value>,
}

impl ShapedAttrs {
    fn empty() -> RefCell<ShapedAttrs> {
        RefCell::new(ShapedAttrs {
            shape: Shape::root(),
            values: Vec::new(),
        })
    }

    /// The value of attribute `name`, if the instance has it.
    #[inline]
    pub fn get(&self, name: &Value) -> Option<Value> {
        self.shape.index_of(name).map(|i| self.values[i].clone())
    }

    /// The value at `pos` if the attribute there is `name` itself (a cached position).
    #[inline(always)]
    pub fn value_if_key(&self, pos: usize, name: &Value) -> Option<Value> {
        match self.shape.names.get(pos) {
            Some(n) if n.is(name) => Some(self.values[pos].clone()),
            _ => None,
        }
    }

    /// Takes the names and values out, leaving no attributes.
    pub fn take(&mut self) -> (Rc<Shape>, Vec<Value>) {
        (
            std::mem::replace(&mut self.shape, Shape::root()),
            std::mem::take(&mut self.values),
        )
    }
}

impl PyInstance {
    /// An instance with no slot storage.
    pub fn plain() -> Self {
        PyInstance {
            slots: Box::new([]),
            attrs: ShapedAttrs::empty(),
        }
    }

    /// An instance of `cls`, with an empty cell for each of its layout's slots.
    pub fn of(cls: &Value) -> Self {
        let n = cls
            .downcast::<PyType>()
            .map_or(0, |t| t.nslots.get() as usize);
        PyInstance {
            slots: (0..n).map(|_| Cell::new(None)).collect(),
            attrs: ShapedAttrs::empty(),
        }
    }

    /// The value of slot `i`, if set.
    #[inline]
    pub fn slot(&self, i: usize) -> Option<Value> {
        let cell = self.slots.get(i)?;
        let v = cell.take();
        let r = v.clone();
        cell.set(v);
        r
    }
}

pub struct PyFloat(pub f64);

pub struct PyComplex {
    pub re: f64,
    pub im: f64,
}

/// An int outside the small-int range.
pub struct PyBigInt(pub BigInt);

pub struct PyBool(pub bool);

pub struct PyStr {
    pub s: Box<str>,
    pub hash: Cell<i64>,
    /// Number of code points.
    pub len: usize,
    /// For non-ASCII text, built on the first index by code point: the byte offset of every
    /// `STR_STRIDE`-th code point, so `s[i]` walks at most a stride instead of the whole
    /// prefix (json decoding of non-ASCII text was quadratic without it).
    pub index: std::cell::OnceCell<Box<[u32]>>,
}

/// Code points between two entries of `PyStr::index`.
const STR_STRIDE: usize = 32;

impl PyStr {
    /// Appends `t` to a string nobody else can see (see `Value::unique_payload_mut`): one
    /// reallocation, as CPython resizes a string it owns alone.
    pub fn append(&mut self, t: &PyStr) {
        let mut s = std::mem::take(&mut self.s).into_string();
        s.reserve_exact(t.s.len());
        s.push_str(&t.s);
        self.s = s.into_boxed_str();
        self.len += t.len;
        self.hash.set(-1);
        self.index = std::cell::OnceCell::new();
    }

    /// The text of `x` followed by that of `y` (its length known without a scan).
    pub fn concat(x: &PyStr, y: &PyStr) -> PyStr {
        let mut s = String::with_capacity(x.s.len() + y.s.len());
        s.push_str(&x.s);
        s.push_str(&y.s);
        PyStr {
            s: s.into_boxed_str(),
            hash: Cell::new(-1),
            len: x.len + y.len,
            index: std::cell::OnceCell::new(),
        }
    }

    pub fn new(s: Box<str>) -> PyStr {
        let len = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr {
            s,
            hash: Cell::new(-1),
            len,
            index: std::cell::OnceCell::new(),
        }
    }

    /// Byte offset of code point `cp` (the end of the text when `cp >= len`).
    pub fn byte_offset(&self, cp: usize) -> usize {
        if self.is_ascii() {
            return cp.min(self.s.len());
        }
        if cp >= self.len {
            return self.s.len();
        }
        let index = self.index.get_or_init(|| {
            self.s
                .char_indices()
                .step_by(STR_STRIDE)
                .map(|(b, _)| b as u32)
                .collect()
        });
        let base = index[cp / STR_STRIDE] as usize;
        let rest = cp % STR_STRIDE;
        self.s[base..]
            .char_indices()
            .nth(rest)
            .map_or(self.s.len(), |(b, _)| base + b)
    }

    pub fn is_ascii(&self) -> bool {
        self.len == self.s.len()
    }

    pub fn as_str(&self) -> &str {
        &self.s
    }
}

pub struct PyBytes {
    pub b: Box<[u8]>,
    pub hash: Cell<i64>,
}

pub struct PyByteArray(pub RefCell<Vec<u8>>);

pub struct PyTuple(pub Box<[Value]>);

/// Sequences let go of their items last first, as CPython's do (the order `__del__`s run).
impl Drop for PyTuple {
    fn drop(&mut self) {
        let mut items = std::mem::take(&mut self.0).into_vec();
        while let Some(v) = items.pop() {
            drop(v);
        }
    }
}

impl Drop for PyList {
    fn drop(&mut self) {
        let items = self.0.get_mut();
        while let Some(v) = items.pop() {
            drop(v);
        }
    }
}

pub struct PyList(pub RefCell<Vec<Value>>);

pub struct PyDict(pub RefCell<DictTable>);

impl PyDict {
    /// A snapshot of the (key, value) pairs in insertion order, so Python code can run while
    /// they are processed.
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.0
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }
}

pub struct PySet {
    pub table: RefCell<SetTable>,
    pub frozen: bool,
}

impl PySet {
    /// The elements, in table order.
    pub fn items(&self) -> Vec<Value> {
        self.table.borrow().iter().map(|(_, k)| k.clone()).collect()
    }
}

/// A class. Attribute lookups walk `mro` and read each class's namespace dict.
pub struct PyType {
    pub name: RefCell<Rc<str>>,
    pub qualname: RefCell<Rc<str>>,
    pub bases: RefCell<Vec<Value>>,
    pub mro: RefCell<Vec<Value>>,
    /// The namespace (a `PyDict` value).
    pub dict: Value,
    /// Bumped on every namespace change of this type or a base; caches compare it.
    pub version: Cell<u32>,
    /// Payload kind of instances (inherited from the builtin base).
    pub layout: crate::value::Kind,
    /// Defined by Python code (`class` statement or `type()`), not a builtin.
    pub heap: bool,
    pub slots: RefCell<Option<Vec<Rc<str>>>>,
    /// Slot cells in each instance: those of the whole layout, inherited ones first.
    pub nslots: Cell<u32>,
    /// Native constructor for builtin types (`int(...)`, `list(...)`).
    pub new: Cell<Option<NativeFn>>,
    /// The class or a base defines `__del__`.
    pub has_del: Cell<bool>,
    /// Cached `ops::TypeFlags` bits and the type epoch they were computed in.
    pub flags_cache: Cell<(u64, u8)>,
    /// The attribute caches' tag for this class and the type epoch it was given in.
    pub cache_tag: Cell<(u64, u32)>,
    /// Classes created with this one as a direct base, for `__subclasses__()`. Strong
    /// references: classes already live until exit (they sit in reference cycles and there
    /// is no cycle collector yet).
    pub subclasses: RefCell<Vec<Value>>,
}

pub struct PyFunction {
    pub code: Rc<CodeInner>,
    pub globals: Value,
    pub builtins: Value,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    pub defaults: RefCell<Option<Value>>,
    pub kwdefaults: RefCell<Option<Value>>,
    pub closure: Option<Value>,
    pub annotations: RefCell<Option<Value>>,
    pub doc: RefCell<Value>,
    pub module: RefCell<Value>,
}

/// A function implemented in Rust, optionally bound to `self_`.
pub struct PyBuiltin {
    pub name: &'static str,
    pub func: NativeFn,
    pub self_: Option<Value>,
    /// For method descriptors: the owning type's name (for reprs and messages).
    pub owner: Option<&'static str>,
    /// For method descriptors: the address of an immortal class whose instances were found
    /// to be valid receivers (0 until one is), so later calls skip the check by name.
    pub receiver_type: Cell<usize>,
}

/// A bound method.
pub struct PyMethod {
    pub func: Value,
    pub self_: Value,
}

pub struct PyCode(pub Rc<CodeInner>);

pub struct PyCell(pub RefCell<Option<Value>>);

pub struct PyModule {
    pub dict: Value,
}

pub struct PyException {
    pub args: RefCell<Value>,
    pub traceback: RefCell<Option<Value>>,
    pub cause: RefCell<Option<Value>>,
    pub context: RefCell<Option<Value>>,
    pub suppress_context: Cell<bool>,
    /// The `name` (and, for AttributeError, the `obj`) of NameError/AttributeError raised by
    /// the interpreter, for their attributes and the "Did you mean" suggestion.
    pub detail: RefCell<Option<(Value, Option<Value>)>>,
}

pub struct PyRange {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

pub struct PySlice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// Builtin iterator states.
pub enum IterState {
    /// Index-based iteration over a list, tuple, str or `__getitem__` sequence.
    Seq {
        seq: Value,
        idx: usize,
    },
    Range {
        cur: i64,
        stop: i64,
        step: i64,
    },
    BigRange {
        cur: BigInt,
        stop: BigInt,
        step: BigInt,
    },
    Str {
        s: Value,
        byte: usize,
    },
    /// Dict views: `which` 0 = keys, 1 = values, 2 = items (`last` the previous item
    /// pair, kept to be reused once its consumer lets go of it).
    Dict {
        dict: Value,
        idx: usize,
        which: u8,
        len: usize,
        last: Option<Value>,
    },
    Set {
        set: Value,
        idx: usize,
        len: usize,
    },
    /// `last` is the previous result, kept to be reused once its consumer lets go of it.
    Enumerate {
        it: Value,
        count: Value,
        last: Option<Value>,
    },
    Zip {
        its: std::rc::Rc<[Value]>,
        strict: bool,
        last: Option<Value>,
    },
    Map {
        func: Value,
        its: Vec<Value>,
    },
    Filter {
        func: Value,
        it: Value,
    },
    Reversed {
        seq: Value,
        idx: isize,
    },
    Callable {
        func: Value,
        sentinel: Value,
    },
    Exhausted,
}

pub struct PyIter(pub RefCell<IterState>);

pub struct PyProperty {
    pub fget: Option<Value>,
    pub fset: Option<Value>,
    pub fdel: Option<Value>,
    pub doc: Option<Value>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum WrapperKind {
    ClassMethod,
    StaticMethod,
    /// A dict-keys/values/items view: `func` is the dict.
    DictKeys,
    DictValues,
    DictItems,
    /// The mappingproxy of a class `__dict__`.
    MappingProxy,
    /// `coroutine.__await__()`: `func` is the coroutine.
    CoroutineWrapper,
    /// A value yielded by an async generator's own `yield`.
    AsyncGenValue,
    /// A `__slots__` member descriptor for cell `.0` of the instance's slots: `func` is the
    /// slot name, `dict` the owner class.
    Member(u32),
}

/// Objects that wrap one value: classmethod, staticmethod, dict views.
pub struct PyWrapper {
    pub kind: WrapperKind,
    pub func: Value,
    pub dict: RefCell<Option<Value>>,
}

pub struct PySuper {
    pub ty: Value,
    pub obj: Option<Value>,
    pub obj_type: Option<Value>,
}

/// A suspended generator: the frame's saved slots and position.
pub struct PyGenerator {
    pub state: RefCell<crate::generator::GenState>,
}

/// One traceback entry: code, instruction offset, and the next (inner) entry.
pub struct PyTraceback {
    pub code: Rc<CodeInner>,
    pub offset: u32,
    pub next: RefCell<Option<Value>>,
    /// The frame's globals, for `tb_frame`.
    pub globals: Value,
    /// The frame's fast-local slots, moved here when the exception left the frame.
    pub locals: RefCell<Option<Vec<Value>>>,
}

/// Convenience for native methods: reads a `PyStr`'s text.
pub fn str_of(v: &Value) -> Option<&str> {
    v.downcast::<PyStr>().map(|s| s.as_str())
}

/// Native resources that Python code holds by integer handle (child processes, zlib
/// streams): handles count up from 1 and are never reused.
pub struct Handles<T> {
    next: i64,
    map: std::collections::HashMap<i64, T>,
}

impl<T> Default for Handles<T> {
    fn default() -> Self {
        Handles {
            next: 0,
            map: Default::default(),
        }
    }
}

impl<T> Handles<T> {
    /// Keeps `v`; its handle.
    pub fn add(&mut self, v: T) -> i64 {
        self.next += 1;
        self.map.insert(self.next, v);
        self.next
    }

    /// The resource a handle value names.
    pub fn get_mut(&mut self, h: Option<&Value>) -> Option<&mut T> {
        self.map.get_mut(&h?.as_small_int()?)
    }

    /// Forgets the resource a handle value names.
    pub fn remove(&mut self, h: Option<&Value>) -> Option<T> {
        self.map.remove(&h?.as_small_int()?)
    }
}
