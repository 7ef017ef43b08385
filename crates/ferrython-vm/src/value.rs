//! The one-word `Value` and the heap-object header.
//!
//! Layout of a `Value` (a non-zero machine word):
//! - low bit 1: a small int, the word shifted right by one (63-bit signed range);
//! - low bits 10: the null marker (`Value::NULL`), used on the value stack for "no self" in
//!   the call protocol and for unbound local slots; never visible to Python code;
//! - low bits 00: a pointer to a heap object, which starts with a `Header`.
//!
//! Memory policy: every heap object is a `Box<Obj<T>>` leaked into a raw pointer; its reference
//! count lives in the header. Cloning a `Value` increments the count, dropping decrements it
//! and deallocates at zero through the payload kind recorded in the header. Immortal objects
//! (None, True, False, builtin types) start with a huge count and are never freed. Counts are
//! non-atomic: one interpreter runs per thread and values never cross threads.
//!
//! This is one of the few modules allowed `unsafe`; every block states why it is sound.
#![allow(unsafe_code)]

use std::cell::Cell;
use std::marker::PhantomData;
use std::num::NonZeroUsize;
use std::ptr::NonNull;

/// Header flag: `__del__` has been run.
const FINALIZED: u8 = 1;

/// Header flag: weak references to this object are registered in `WEAKREFS`.
const HAS_WEAKREFS: u8 = 2;

/// Header flag: `gc.freeze()` moved the object out of the cycle collector's sight.
const GC_FROZEN: u8 = 4;

/// Set when objects with `__del__` wait in `PENDING_FINALIZERS`.
/// Moves the values of `from` at `at..` to the end of `to`, in order, leaving `from` with
/// `at` values: a bitwise move (no reference count changes), for the value stack and the
/// saved frames of generators.
pub fn move_tail(from: &mut Vec<Value>, at: usize, to: &mut Vec<Value>) {
    let n = from.len().saturating_sub(at);
    if n == 0 {
        return;
    }
    to.reserve(n);
    // SAFETY: `at + n == from.len()`, so the source range holds `n` initialized values, and
    // `to` has room for `n` more after its length. The values are copied bitwise and `from`
    // is shortened past them before anything can observe it, so each value ends up owned
    // exactly once (by `to`), and nothing is dropped or duplicated.
    unsafe {
        let src = from.as_ptr().add(at);
        let dst = to.as_mut_ptr().add(to.len());
        // A generator frame moves a handful of values: copies of a constant count are plain
        // moves, where a variable count calls `memcpy`.
        match n {
            1 => std::ptr::copy_nonoverlapping(src, dst, 1),
            2 => std::ptr::copy_nonoverlapping(src, dst, 2),
            3 => std::ptr::copy_nonoverlapping(src, dst, 3),
            4 => std::ptr::copy_nonoverlapping(src, dst, 4),
            _ => std::ptr::copy_nonoverlapping(src, dst, n),
        }
        from.set_len(at);
        to.set_len(to.len() + n);
    }
}

/// Pushes `v` onto `stack`, always in line: the interpreter loop pushes in most of its arms,
/// and `Vec::push` there is left out of line once the loop is large.
#[inline(always)]
pub fn push_value(stack: &mut Vec<Value>, v: Value) {
    if stack.len() == stack.capacity() {
        grow_for_push(stack);
    }
    // SAFETY: the vector has room for one more value past its length (checked above), which
    // is written before the length covers it.
    unsafe {
        stack.as_mut_ptr().add(stack.len()).write(v);
        stack.set_len(stack.len() + 1);
    }
}

#[cold]
#[inline(never)]
fn grow_for_push(stack: &mut Vec<Value>) {
    stack.reserve(1);
}

pub static FINALIZERS_PENDING: std::sync::atomic::AtomicBool =
    std::sync::atomic::AtomicBool::new(false);

thread_local! {
    /// Dead objects whose class defines `__del__`, waiting for the interpreter to finalize them.
    pub static PENDING_FINALIZERS: std::cell::RefCell<Vec<Value>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Most float objects kept for reuse. Arithmetic on floats allocates a result per operation;
/// recycling the boxes cut malloc/free, 18% of nbody's instructions under callgrind.
const FLOAT_FREE_MAX: usize = 1024;

thread_local! {
    /// Dead exact `float` objects kept whole for reuse: a list threaded through their
    /// payloads (a kept float's f64 bits hold the address of the next one, 0 ends it). Their
    /// headers stay as they were, type reference included, so reuse only resets the count.
    static FLOAT_FREE: Cell<usize> = const { Cell::new(0) };
    static FLOAT_FREE_LEN: Cell<usize> = const { Cell::new(0) };
    /// The header address of the exact `float` type (set by `set_float_type`).
    static FLOAT_TYPE: Cell<usize> = const { Cell::new(0) };
}

/// Records the exact `float` type, whose dead instances are recycled.
pub fn set_float_type(t: &Value) {
    FLOAT_TYPE.with(|c| c.set(t.0.get()));
}

thread_local! {
    /// Weak references by referent: referent header address -> header addresses of the live
    /// weak reference objects to it, oldest first. A weak reference object is listed while
    /// both it and its referent live: its `Drop` unlists it, and the referent's death
    /// (`clear_weakrefs`) empties the list after zeroing every reference's target.
    static WEAKREFS: std::cell::RefCell<std::collections::HashMap<usize, Vec<usize>>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
    /// (dead weak reference, callback) pairs waiting for the interpreter to call them.
    pub static WEAKREF_CALLBACKS: std::cell::RefCell<Vec<(Value, Value)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// The payload of a weak reference object (`weakref.ref`).
pub struct PyWeakRef {
    /// Header address of the referent while it lives; 0 once it has died.
    target: Cell<usize>,
    pub callback: std::cell::RefCell<Option<Value>>,
    /// The referent's hash, remembered so a dead reference stays hashable.
    pub hash: Cell<Option<i64>>,
}

impl PyWeakRef {
    /// A new reference to the referent, or None once it has died.
    pub fn referent(&self) -> Option<Value> {
        let a = self.target.get();
        if a == 0 {
            return None;
        }
        // SAFETY: a non-zero target is the header of a live object: `clear_weakrefs` zeroes
        // it before the object's memory is released. The new count is owned by the result.
        unsafe {
            let h = &*(a as *const Header);
            h.rc.set(h.rc.get() + 1);
            Some(Value::from_raw(NonNull::new_unchecked(a as *mut Header)))
        }
    }
}

impl Drop for PyWeakRef {
    fn drop(&mut self) {
        let target = self.target.get();
        if target == 0 {
            return;
        }
        let me = self as *const PyWeakRef as usize;
        let _ = WEAKREFS.try_with(|w| {
            let mut w = w.borrow_mut();
            if let Some(list) = w.get_mut(&target) {
                list.retain(|&r| weakref_payload_addr(r) != me);
                if list.is_empty() {
                    w.remove(&target);
                }
            }
        });
    }
}

fn weakref_payload_addr(header_addr: usize) -> usize {
    header_addr + std::mem::offset_of!(Obj<PyWeakRef>, data)
}

impl Value {
    /// A weak reference object of class `ty` to the heap object `target`.
    pub fn new_weakref(ty: &Value, target: &Value, callback: Option<Value>) -> Value {
        let r = Value::new_object(
            ty,
            PyWeakRef {
                target: Cell::new(target.bits()),
                callback: std::cell::RefCell::new(callback),
                hash: Cell::new(None),
            },
        );
        WEAKREFS.with(|w| {
            w.borrow_mut()
                .entry(target.bits())
                .or_default()
                .push(r.bits())
        });
        let h = target.header();
        h.flags.set(h.flags.get() | HAS_WEAKREFS);
        r
    }

    /// The live weak reference objects to this object, oldest first.
    pub fn weakrefs(&self) -> Vec<Value> {
        if !self.is_ptr() || self.header().flags.get() & HAS_WEAKREFS == 0 {
            return Vec::new();
        }
        let addrs = WEAKREFS.with(|w| w.borrow().get(&self.bits()).cloned().unwrap_or_default());
        addrs
            .into_iter()
            .map(|a| {
                // SAFETY: listed weak reference objects are alive (their `Drop` unlists
                // them); the new count is owned by the returned value.
                unsafe {
                    let h = &*(a as *const Header);
                    h.rc.set(h.rc.get() + 1);
                    Value::from_raw(NonNull::new_unchecked(a as *mut Header))
                }
            })
            .collect()
    }
}

/// The referent at header address `addr` is dying: its weak references go dead and their
/// callbacks are queued for the interpreter.
fn clear_weakrefs(addr: usize) {
    let refs = WEAKREFS
        .try_with(|w| w.borrow_mut().remove(&addr))
        .ok()
        .flatten()
        .unwrap_or_default();
    // The most recently created reference's callback runs first, as in CPython.
    for r in refs.into_iter().rev() {
        // SAFETY: listed weak reference objects are alive (see `WEAKREFS`), and `r` is the
        // header address of an `Obj<PyWeakRef>`.
        let obj = unsafe { &*(r as *const Obj<PyWeakRef>) };
        obj.data.target.set(0);
        let cb = obj.data.callback.borrow_mut().take();
        if let Some(cb) = cb {
            obj.header.rc.set(obj.header.rc.get() + 1);
            // SAFETY: the count just added is owned by this value.
            let rv = unsafe { Value::from_raw(NonNull::new_unchecked(r as *mut Header)) };
            WEAKREF_CALLBACKS.with(|q| q.borrow_mut().push((rv, cb)));
            FINALIZERS_PENDING.store(true, std::sync::atomic::Ordering::Relaxed);
        }
    }
}

/// Reference count given to objects that must never be freed.
pub const IMMORTAL: usize = 1 << 60;

/// Largest and smallest ints stored inline.
pub const SMALL_MAX: i64 = (1 << 62) - 1;
pub const SMALL_MIN: i64 = -(1 << 62);

macro_rules! payload_kinds {
    ($($kind:ident => $ty:ty,)*) => {
        /// Which Rust payload follows the header.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(u8)]
        pub enum Kind { $($kind,)* }

        $(impl Payload for $ty { const KIND: Kind = Kind::$kind; })*

        /// Frees a heap object whose count reached zero.
        ///
        /// # Safety
        /// `p` must point to a live object allocated by `Value::new_object` with no remaining
        /// references.
        unsafe fn dealloc(p: NonNull<Header>) {
            // SAFETY: the header's kind was set at allocation from the payload type, so the
            // cast restores the exact `Box<Obj<T>>` that was leaked.
            unsafe {
                match (*p.as_ptr()).kind {
                    $(Kind::$kind => drop(Box::from_raw(p.as_ptr() as *mut Obj<$ty>)),)*
                }
            }
        }
    };
}

use crate::objects::*;

payload_kinds! {
    Instance => PyInstance,
    Float => PyFloat,
    Complex => PyComplex,
    BigInt => PyBigInt,
    Bool => PyBool,
    Str => PyStr,
    Bytes => PyBytes,
    ByteArray => PyByteArray,
    Tuple => PyTuple,
    List => PyList,
    Dict => PyDict,
    Set => PySet,
    Type => PyType,
    Function => PyFunction,
    Builtin => PyBuiltin,
    Method => PyMethod,
    Code => PyCode,
    Cell => PyCell,
    Module => PyModule,
    Exception => PyException,
    Range => PyRange,
    Slice => PySlice,
    Iter => PyIter,
    Property => PyProperty,
    Wrapper => PyWrapper,
    Super => PySuper,
    Generator => PyGenerator,
    AsyncGenOp => crate::coroutine::PyAsyncGenOp,
    Traceback => PyTraceback,
    File => crate::stdio::PyFile,
    WeakRef => PyWeakRef,
    Frame => crate::frames::PyFrame,
}

/// Implemented by every type that can be the payload of a heap object.
pub trait Payload: 'static {
    const KIND: Kind;
}

/// The header at the start of every heap object.
#[repr(C)]
pub struct Header {
    rc: Cell<usize>,
    kind: Kind,
    /// `FINALIZED` once `__del__` has run (it runs at most once per object).
    flags: Cell<u8>,
    /// Position in the cycle collector's list of tracked objects (`UNTRACKED` if absent).
    /// Sits in what would otherwise be padding, so the header stays five words.
    gc_index: Cell<u32>,
    /// The object's Python type (a strong reference).
    ty: Cell<Option<NonNull<Header>>>,
    /// Instance attributes (`__dict__`), allocated on first store.
    pub(crate) attrs: crate::objects::AttrCell,
}

/// A heap object: header followed by payload.
#[repr(C)]
pub struct Obj<T> {
    header: Header,
    pub data: T,
}

/// A Python value. See the module docs for the encoding.
#[repr(transparent)]
pub struct Value(NonZeroUsize, PhantomData<*const Header>);

impl Value {
    /// The null marker.
    pub const NULL: Value = Value(NonZeroUsize::new(2).unwrap(), PhantomData);

    #[inline(always)]
    pub fn bits(&self) -> usize {
        self.0.get()
    }

    #[inline(always)]
    pub fn is_ptr(&self) -> bool {
        self.0.get() & 3 == 0
    }

    #[inline(always)]
    pub fn is_null(&self) -> bool {
        self.0.get() == 2
    }

    #[inline(always)]
    pub fn is_small_int(&self) -> bool {
        self.0.get() & 1 == 1
    }

    /// Encodes `i` inline if it fits.
    #[inline(always)]
    pub fn small_int(i: i64) -> Option<Value> {
        if (SMALL_MIN..=SMALL_MAX).contains(&i) {
            Some(Self::small_int_unchecked(i))
        } else {
            None
        }
    }

    #[inline(always)]
    pub fn small_int_unchecked(i: i64) -> Value {
        let w = ((i << 1) | 1) as usize;
        // SAFETY: the low bit is set, so the word is non-zero.
        Value(unsafe { NonZeroUsize::new_unchecked(w) }, PhantomData)
    }

    #[inline(always)]
    pub fn as_small_int(&self) -> Option<i64> {
        if self.is_small_int() {
            Some((self.0.get() as i64) >> 1)
        } else {
            None
        }
    }

    /// The small int stored in a value already known to be one.
    #[inline(always)]
    pub fn small_int_value(&self) -> i64 {
        (self.0.get() as i64) >> 1
    }

    #[inline(always)]
    fn header_ptr(&self) -> NonNull<Header> {
        debug_assert!(self.is_ptr());
        // SAFETY: pointer values are non-zero aligned addresses of live objects.
        unsafe { NonNull::new_unchecked(self.0.get() as *mut Header) }
    }

    /// The header of a heap value.
    #[inline(always)]
    pub fn header(&self) -> &Header {
        assert!(self.is_ptr(), "header() of a non-heap value");
        // SAFETY: `self` holds a reference, so the object is alive for the borrow of `self`.
        unsafe { &*self.header_ptr().as_ptr() }
    }

    /// Payload kind; small ints report `None`.
    #[inline(always)]
    pub fn kind(&self) -> Option<Kind> {
        if self.is_ptr() {
            Some(self.header().kind)
        } else {
            None
        }
    }

    /// Allocates a heap object of type `ty` with payload `data`.
    pub fn new_object<T: Payload>(ty: &Value, data: T) -> Value {
        let obj = Box::new(Obj {
            header: Header {
                rc: Cell::new(1),
                kind: T::KIND,
                flags: Cell::new(0),
                gc_index: Cell::new(UNTRACKED),
                ty: Cell::new(Some(ty.clone().into_raw())),
                attrs: Default::default(),
            },
            data,
        });
        let p = Box::into_raw(obj) as *mut Header;
        if gc_container(T::KIND) || (T::KIND != Kind::Type && type_is_heap(ty)) {
            gc_track(p);
        }
        // SAFETY: Box allocations are non-null and aligned to at least 8 bytes.
        Value(
            unsafe { NonZeroUsize::new_unchecked(p as usize) },
            PhantomData,
        )
    }

    /// Allocates a float of exact class `ty`, reusing a freed float object when one is kept.
    #[inline]
    pub fn new_float(ty: &Value, f: f64) -> Value {
        let head = FLOAT_FREE.with(|c| c.get());
        if head != 0 && FLOAT_TYPE.with(|c| c.get()) == ty.0.get() {
            let p = head as *mut Obj<crate::objects::PyFloat>;
            // SAFETY: `head` is a float kept by `drop_slow`: dead (count zero), exclusively
            // owned by the free list, its header intact with a counted reference to the exact
            // float type (== `ty`), untracked, no attributes. Its payload holds the next link.
            unsafe {
                let next = (*p).data.0.to_bits() as usize;
                FLOAT_FREE.with(|c| c.set(next));
                FLOAT_FREE_LEN.with(|c| c.set(c.get() - 1));
                (*p).header.rc.set(1);
                (*p).data.0 = f;
                return Value(NonZeroUsize::new_unchecked(head), PhantomData);
            }
        }
        Value::new_object(ty, crate::objects::PyFloat(f))
    }

    /// The items of `self` for overwriting, when `self` is a tuple of exactly `tuple_type`
    /// that nothing else refers to: an iterator's previous result that its consumer has let
    /// go of, which zip, enumerate and dict items reuse for the next one (as CPython's do).
    pub fn unique_tuple_items(&mut self, tuple_type: &Value) -> Option<&mut [Value]> {
        if !self.is_ptr()
            || self.header().kind != Kind::Tuple
            || self.header().rc.get() != 1
            || !self.header_type().is_some_and(|t| t.is(tuple_type))
        {
            return None;
        }
        let p = self.header_ptr().as_ptr() as *mut Obj<crate::objects::PyTuple>;
        // SAFETY: the kind tag says the object was allocated as `Obj<PyTuple>`. Its count of
        // one is held by `self`, borrowed mutably here, so no other `Value` exists through
        // which the payload could be borrowed while the returned slice lives.
        unsafe { Some(&mut (*p).data.0) }
    }

    /// Puts `f` in place of the number of `self` when `self` is an exact float that nothing
    /// else refers to (a local about to be rebound to the result of float arithmetic), so the
    /// result needs no new float; false, changing nothing, otherwise.
    #[inline(always)]
    pub fn overwrite_unique_float(&mut self, f: f64) -> bool {
        if !self.is_ptr()
            || self.header().kind != Kind::Float
            || self.header().rc.get() != 1
            || self.header().ty.get().map(|t| t.as_ptr() as usize)
                != Some(FLOAT_TYPE.with(|c| c.get()))
        {
            return false;
        }
        let p = self.header_ptr().as_ptr() as *mut Obj<crate::objects::PyFloat>;
        // SAFETY: the kind tag says the object was allocated as `Obj<PyFloat>`; its count of
        // one is held by `self`, borrowed mutably here, so no other `Value`, and no borrow of
        // the payload, exists to observe the write.
        unsafe { (*p).data.0 = f };
        true
    }

    /// Allocates an object whose type is set later with `set_type` (used while bootstrapping
    /// the type objects themselves).
    pub fn new_untyped<T: Payload>(data: T) -> Value {
        let obj = Box::new(Obj {
            header: Header {
                rc: Cell::new(1),
                kind: T::KIND,
                flags: Cell::new(0),
                gc_index: Cell::new(UNTRACKED),
                ty: Cell::new(None),
                attrs: Default::default(),
            },
            data,
        });
        let p = Box::into_raw(obj) as *mut Header;
        // SAFETY: as in `new_object`.
        Value(
            unsafe { NonZeroUsize::new_unchecked(p as usize) },
            PhantomData,
        )
    }

    fn into_raw(self) -> NonNull<Header> {
        let p = self.header_ptr();
        std::mem::forget(self);
        p
    }

    /// Replaces the type of a heap object (bootstrapping and `__class__` assignment).
    pub fn set_type(&self, ty: &Value) {
        let old = self.header().ty.replace(Some(ty.clone().into_raw()));
        if let Some(old) = old {
            // SAFETY: `old` was a strong reference owned by the header.
            drop(unsafe { Value::from_raw(old) });
        }
    }

    /// # Safety
    /// `p` must be an owned (counted) reference to a live object.
    unsafe fn from_raw(p: NonNull<Header>) -> Value {
        // SAFETY: caller guarantees `p` is a valid object pointer.
        Value(
            unsafe { NonZeroUsize::new_unchecked(p.as_ptr() as usize) },
            PhantomData,
        )
    }

    /// The Python type of a heap object (None only during bootstrap).
    #[inline(always)]
    pub fn header_type(&self) -> Option<&Value> {
        let h = self.header();
        // SAFETY: `Cell<Option<NonNull<Header>>>` has the same layout as a `Value`-sized
        // word; a stored type pointer is a counted reference that lives as long as `self`.
        unsafe {
            let cell: &Cell<Option<NonNull<Header>>> = &h.ty;
            let p = cell.as_ptr() as *const Option<Value>;
            (*p).as_ref()
        }
    }

    /// Downcasts to a payload of type `T`.
    #[inline(always)]
    pub fn downcast<T: Payload>(&self) -> Option<&T> {
        if self.is_ptr() && self.header().kind == T::KIND {
            // SAFETY: the kind tag matches, so the object was allocated as `Obj<T>`.
            Some(unsafe { &(*(self.header_ptr().as_ptr() as *const Obj<T>)).data })
        } else {
            None
        }
    }

    /// Downcasts to `T` without checking the kind in release builds.
    ///
    /// # Safety
    /// The value must be a heap object with payload `T`.
    #[inline(always)]
    pub unsafe fn downcast_unchecked<T: Payload>(&self) -> &T {
        debug_assert!(self.is_ptr() && self.header().kind == T::KIND);
        // SAFETY: caller guarantees the payload type.
        unsafe { &(*(self.header_ptr().as_ptr() as *const Obj<T>)).data }
    }

    /// The payload of an object this handle is the only reference to, for updating an
    /// immutable object in place where nothing can observe it (`s += t` on a string whose
    /// one reference is the local being assigned).
    pub fn unique_payload_mut<T: Payload>(&mut self) -> Option<&mut T> {
        if self.is_ptr() && self.header().kind == T::KIND && self.header().rc.get() == 1 {
            // SAFETY: the kind tag matches, so the object is an `Obj<T>`; its count of 1 is
            // this handle, which is borrowed mutably for the result's lifetime, so no other
            // reference to the object exists while the payload is borrowed.
            Some(unsafe { &mut (*(self.header_ptr().as_ptr() as *mut Obj<T>)).data })
        } else {
            None
        }
    }

    /// Identity comparison (`is`).
    #[inline(always)]
    pub fn is(&self, other: &Value) -> bool {
        self.0 == other.0
    }

    /// Current reference count (for `sys.getrefcount` and the cycle collector).
    pub fn refcount(&self) -> usize {
        if self.is_ptr() {
            self.header().rc.get()
        } else {
            IMMORTAL
        }
    }

    /// Makes the object immortal.
    pub fn make_immortal(&self) {
        if self.is_ptr() {
            self.header().rc.set(IMMORTAL);
        }
    }

    /// Marks the object as needing no finalizer when it dies (a finished generator).
    pub fn skip_finalizer(&self) {
        if self.is_ptr() {
            let h = self.header();
            h.flags.set(h.flags.get() | FINALIZED);
        }
    }

    /// Address used for `id()` and default reprs.
    pub fn id(&self) -> usize {
        self.0.get()
    }
}

impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        if self.is_ptr() {
            let h = self.header();
            h.rc.set(h.rc.get() + 1);
        }
        Value(self.0, PhantomData)
    }
}

impl Drop for Value {
    #[inline(always)]
    fn drop(&mut self) {
        if self.is_ptr() {
            let h = self.header();
            let n = h.rc.get() - 1;
            h.rc.set(n);
            if n == 0 {
                drop_slow(self.header_ptr());
            }
        }
    }
}

#[cold]
#[inline(never)]
fn drop_slow(p: NonNull<Header>) {
    // SAFETY: the count just reached zero, so no other reference exists; the header is valid.
    let h = unsafe { &*p.as_ptr() };
    // An exact float (never finalized, weakly referenced, tracked or given attributes) goes
    // whole onto the free list.
    if h.kind == Kind::Float
        && h.ty.get().map(|t| t.as_ptr() as usize) == Some(FLOAT_TYPE.with(|c| c.get()))
        && FLOAT_FREE_LEN.with(|c| c.get()) < FLOAT_FREE_MAX
    {
        let p = p.as_ptr() as *mut Obj<crate::objects::PyFloat>;
        // SAFETY: the object is dead and ours (see above); it becomes the list's head, its
        // payload the link to the previous head.
        unsafe {
            (*p).data.0 = f64::from_bits(FLOAT_FREE.with(|c| c.get()) as u64);
        }
        FLOAT_FREE.with(|c| c.set(p as usize));
        FLOAT_FREE_LEN.with(|c| c.set(c.get() + 1));
        return;
    }
    if h.flags.get() & FINALIZED == 0 {
        // SAFETY: a stored type pointer is a counted reference to a live type object.
        let has_del = unsafe { (*(h.ty.as_ptr() as *const Option<Value>)).as_ref() }
            .and_then(|t| t.downcast::<crate::objects::PyType>())
            .is_some_and(|t| t.has_del.get());
        if has_del {
            // Resurrect the object and queue it: the interpreter runs `__del__` at its next
            // instruction boundary, then drops it for good.
            h.flags.set(h.flags.get() | FINALIZED);
            h.rc.set(1);
            // SAFETY: the count we just set is owned by the queued value.
            let v = unsafe { Value::from_raw(p) };
            PENDING_FINALIZERS.with(|q| q.borrow_mut().push(v));
            FINALIZERS_PENDING.store(true, std::sync::atomic::Ordering::Relaxed);
            return;
        }
    }
    // SAFETY: the count just reached zero, so no other reference exists. The type reference
    // is released after the payload so that a type outlives its last instance's payload.
    if h.flags.get() & HAS_WEAKREFS != 0 {
        clear_weakrefs(p.as_ptr() as usize);
    }
    if h.gc_index.get() != UNTRACKED {
        gc_untrack(h);
    }
    unsafe {
        let ty = (*p.as_ptr()).ty.take();
        dealloc(p);
        if let Some(t) = ty {
            drop(Value::from_raw(t));
        }
    }
}

// ---- Cycle collector bookkeeping (the algorithm is in `gc`) ----

/// `Header::gc_index` of an object the collector does not track.
const UNTRACKED: u32 = u32::MAX;

/// Tracked objects below which no automatic collection runs.
const GC_MIN_THRESHOLD: usize = 10_000;

/// Set when the tracked population outgrew the threshold: the interpreter collects at its
/// next instruction boundary (it polls `FINALIZERS_PENDING`, which is set too).
pub static GC_WANTED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

thread_local! {
    /// Header addresses of the objects that can take part in reference cycles.
    static GC_TRACKED: std::cell::RefCell<Vec<usize>> = const { std::cell::RefCell::new(Vec::new()) };
    /// (automatic collection enabled, tracked count that triggers the next collection).
    static GC_POLICY: Cell<(bool, usize)> = const { Cell::new((true, GC_MIN_THRESHOLD)) };
}

/// Whether objects of payload kind `k` can hold references that form cycles. Objects of
/// other kinds are tracked only when their class is a Python class (they may then hold an
/// attribute dict).
const fn gc_container(k: Kind) -> bool {
    matches!(
        k,
        Kind::Instance
            | Kind::Tuple
            | Kind::List
            | Kind::Dict
            | Kind::Set
            | Kind::Function
            | Kind::Method
            | Kind::Cell
            | Kind::Exception
            | Kind::Iter
            | Kind::Property
            | Kind::Wrapper
            | Kind::Super
            | Kind::Generator
            | Kind::AsyncGenOp
            | Kind::Frame
            | Kind::Traceback
            | Kind::WeakRef
    )
}

fn type_is_heap(ty: &Value) -> bool {
    ty.downcast::<crate::objects::PyType>()
        .is_some_and(|t| t.heap)
}

fn gc_track(p: *mut Header) {
    let n = GC_TRACKED.with(|l| {
        let mut l = l.borrow_mut();
        // SAFETY: `p` is the freshly allocated, live header of the object being tracked.
        unsafe { (*p).gc_index.set(l.len() as u32) };
        l.push(p as usize);
        l.len()
    });
    let (enabled, threshold) = GC_POLICY.with(|c| c.get());
    if enabled && n > threshold {
        GC_POLICY.with(|c| c.set((enabled, usize::MAX)));
        GC_WANTED.store(true, std::sync::atomic::Ordering::Relaxed);
        FINALIZERS_PENDING.store(true, std::sync::atomic::Ordering::Relaxed);
    }
}

fn gc_untrack(h: &Header) {
    let i = h.gc_index.replace(UNTRACKED) as usize;
    let _ = GC_TRACKED.try_with(|l| {
        let mut l = l.borrow_mut();
        l.swap_remove(i);
        if let Some(&moved) = l.get(i) {
            // SAFETY: listed addresses are headers of live objects (dying ones unlist
            // themselves here before their memory is released).
            unsafe { (*(moved as *const Header)).gc_index.set(i as u32) };
        }
    });
}

/// Every tracked object, as new references, in list order (`gc_position` indexes it).
pub fn gc_tracked_objects() -> Vec<Value> {
    GC_TRACKED.with(|l| {
        l.borrow()
            .iter()
            .map(|&a| {
                // SAFETY: listed addresses are headers of live objects; the count added
                // is owned by the returned value.
                unsafe {
                    let h = &*(a as *const Header);
                    h.rc.set(h.rc.get() + 1);
                    Value::from_raw(NonNull::new_unchecked(a as *mut Header))
                }
            })
            .collect()
    })
}

/// Number of tracked objects.
pub fn gc_tracked_count() -> usize {
    GC_TRACKED.with(|l| l.borrow().len())
}

/// Sets whether automatic collections run and the tracked count that triggers the next.
pub fn gc_set_policy(enabled: bool, threshold: usize) {
    GC_POLICY.with(|c| c.set((enabled, threshold.max(GC_MIN_THRESHOLD))));
}

pub fn gc_enabled() -> bool {
    GC_POLICY.with(|c| c.get().0)
}

impl Value {
    /// Position of a tracked object in the list `gc_tracked_objects` returned, if tracked.
    pub fn gc_position(&self) -> Option<usize> {
        if !self.is_ptr() {
            return None;
        }
        let i = self.header().gc_index.get();
        (i != UNTRACKED).then_some(i as usize)
    }

    /// Set or clear the `gc.freeze()` mark (frozen objects count as reachable).
    pub fn set_gc_frozen(&self, frozen: bool) {
        let h = self.header();
        let f = h.flags.get() & !GC_FROZEN;
        h.flags.set(if frozen { f | GC_FROZEN } else { f });
    }

    pub fn is_gc_frozen(&self) -> bool {
        self.is_ptr() && self.header().flags.get() & GC_FROZEN != 0
    }

    /// `__del__` (or a generator's close) has already run or is not needed.
    pub fn is_finalized(&self) -> bool {
        self.is_ptr() && self.header().flags.get() & FINALIZED != 0
    }

    /// The object's class defines `__del__` (generators count: dropping one closes it).
    pub fn has_finalizer(&self) -> bool {
        self.is_ptr()
            && self
                .header_type()
                .and_then(|t| t.downcast::<crate::objects::PyType>())
                .is_some_and(|t| t.has_del.get())
    }

    /// Queues the object for the interpreter's finalizer run, marking it finalized.
    pub fn queue_finalizer(&self) {
        let h = self.header();
        h.flags.set(h.flags.get() | FINALIZED);
        PENDING_FINALIZERS.with(|q| q.borrow_mut().push(self.clone()));
        FINALIZERS_PENDING.store(true, std::sync::atomic::Ordering::Relaxed);
    }

    /// The instance attribute dict, if one was allocated.
    pub fn attr_dict(&self) -> Option<Value> {
        if !self.is_ptr() {
            return None;
        }
        self.header().attrs.try_borrow().ok()?.clone()
    }

    /// Takes the instance attribute dict out of the object (the cycle collector's clear).
    pub fn take_attr_dict(&self) -> Option<Value> {
        if !self.is_ptr() {
            return None;
        }
        self.header().attrs.try_borrow_mut().ok()?.take()
    }
}

impl PartialEq for Value {
    /// Identity; Python equality goes through the VM.
    fn eq(&self, other: &Value) -> bool {
        self.0 == other.0
    }
}

impl Eq for Value {}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(i) = self.as_small_int() {
            write!(f, "Value(int {i})")
        } else if self.is_null() {
            write!(f, "Value(NULL)")
        } else {
            write!(f, "Value({:?} @ {:#x})", self.header().kind, self.0.get())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_ints_round_trip() {
        for i in [0, 1, -1, 42, SMALL_MAX, SMALL_MIN] {
            let v = Value::small_int(i).unwrap();
            assert!(v.is_small_int() && !v.is_ptr() && !v.is_null());
            assert_eq!(v.as_small_int(), Some(i));
        }
        assert!(Value::small_int(SMALL_MAX + 1).is_none());
        assert!(Value::NULL.is_null() && !Value::NULL.is_ptr());
    }

    #[test]
    fn refcounts_follow_clones() {
        let v = Value::new_untyped(crate::objects::PyFloat(1.5));
        assert_eq!(v.refcount(), 1);
        let w = v.clone();
        assert_eq!(v.refcount(), 2);
        drop(w);
        assert_eq!(v.refcount(), 1);
        assert_eq!(
            v.downcast::<crate::objects::PyFloat>().map(|f| f.0),
            Some(1.5)
        );
        assert!(v.downcast::<crate::objects::PyStr>().is_none());
    }
}
