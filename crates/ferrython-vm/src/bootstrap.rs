//! Building the initial object graph: `type` and `object` (which refer to each other), the
//! builtin classes, the exception hierarchy, singletons and the `builtins`/`sys` modules.

use std::cell::RefCell;
use std::collections::HashMap;

use crate::dict::DictTable;
use crate::objects::*;
use crate::value::{Kind, Value};
use crate::vm::{INTERRUPTED, Types, Vm};

fn raw_type(name: &str, layout: Kind, dict: Value) -> Value {
    Value::new_untyped(PyType {
        name: RefCell::new(name.into()),
        qualname: RefCell::new(name.into()),
        bases: Default::default(),
        mro: Default::default(),
        dict,
        version: std::cell::Cell::new(1),
        layout,
        heap: false,
        slots: Default::default(),
        nslots: Default::default(),
        new: Default::default(),
        has_del: Default::default(),
        flags_cache: Default::default(),
        cache_tag: Default::default(),
        subclasses: Default::default(),
    })
}

/// The exception hierarchy: (name, base).
const EXCEPTIONS: &[(&str, &str)] = &[
    ("Exception", "BaseException"),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("FloatingPointError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("FileNotFoundError", "OSError"),
    ("FileExistsError", "OSError"),
    ("PermissionError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("StopIteration", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("Warning", "Exception"),
    ("UserWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("EncodingWarning", "Warning"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("InterruptedError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("UnicodeTranslateError", "UnicodeError"),
];

pub fn bootstrap() -> Vm {
    let dict_dict = Value::new_untyped(PyDict(RefCell::new(DictTable::default())));
    let type_dict = Value::new_untyped(PyDict(RefCell::new(DictTable::default())));
    let object_dict = Value::new_untyped(PyDict(RefCell::new(DictTable::default())));
    let type_ = raw_type("type", Kind::Type, type_dict.clone());
    let object = raw_type("object", Kind::Instance, object_dict.clone());
    let dict_t = raw_type("dict", Kind::Dict, dict_dict.clone());
    for t in [&type_, &object, &dict_t] {
        t.set_type(&type_);
        t.make_immortal();
    }
    for d in [&dict_dict, &type_dict, &object_dict] {
        d.set_type(&dict_t);
    }
    let mk = |name: &str, layout: Kind| -> Value {
        let d = Value::new_object(&dict_t, PyDict(RefCell::new(DictTable::default())));
        let t = raw_type(name, layout, d);
        t.set_type(&type_);
        t.make_immortal();
        t
    };
    let int = mk("int", Kind::BigInt);
    let bool_ = mk("bool", Kind::Bool);
    let base_exception = mk("BaseException", Kind::Exception);
    let t = Types {
        int: int.clone(),
        bool: bool_.clone(),
        float: mk("float", Kind::Float),
        complex: mk("complex", Kind::Complex),
        str: mk("str", Kind::Str),
        bytes: mk("bytes", Kind::Bytes),
        bytearray: mk("bytearray", Kind::ByteArray),
        tuple: mk("tuple", Kind::Tuple),
        list: mk("list", Kind::List),
        set: mk("set", Kind::Set),
        frozenset: mk("frozenset", Kind::Set),
        function: mk("function", Kind::Function),
        builtin: mk("builtin_function_or_method", Kind::Builtin),
        method_descriptor: mk("method_descriptor", Kind::Builtin),
        method: mk("method", Kind::Method),
        code: mk("code", Kind::Code),
        cell: mk("cell", Kind::Cell),
        module: mk("module", Kind::Module),
        range: mk("range", Kind::Range),
        slice: mk("slice", Kind::Slice),
        iterator: mk("iterator", Kind::Iter),
        property: mk("property", Kind::Property),
        classmethod: mk("classmethod", Kind::Wrapper),
        staticmethod: mk("staticmethod", Kind::Wrapper),
        super_: mk("super", Kind::Super),
        generator: mk("generator", Kind::Generator),
        weakref: mk("ReferenceType", Kind::WeakRef),
        frame: mk("frame", Kind::Frame),
        member: mk("member_descriptor", Kind::Wrapper),
        coroutine: mk("coroutine", Kind::Generator),
        async_generator: mk("async_generator", Kind::Generator),
        coroutine_wrapper: mk("coroutine_wrapper", Kind::Wrapper),
        async_gen_asend: mk("async_generator_asend", Kind::AsyncGenOp),
        async_gen_athrow: mk("async_generator_athrow", Kind::AsyncGenOp),
        async_gen_wrapped: mk("async_generator_wrapped_value", Kind::Wrapper),
        none: mk("NoneType", Kind::Instance),
        not_implemented: mk("NotImplementedType", Kind::Instance),
        ellipsis: mk("ellipsis", Kind::Instance),
        traceback: mk("traceback", Kind::Traceback),
        dict_keys: mk("dict_keys", Kind::Wrapper),
        dict_values: mk("dict_values", Kind::Wrapper),
        dict_items: mk("dict_items", Kind::Wrapper),
        mappingproxy: mk("mappingproxy", Kind::Wrapper),
        base_exception: base_exception.clone(),
        object: object.clone(),
        type_: type_.clone(),
        dict: dict_t.clone(),
    };
    crate::value::set_float_type(&t.float);
    let none = Value::new_object(&t.none, PyInstance::plain());
    let true_ = Value::new_object(&bool_, PyBool(true));
    let false_ = Value::new_object(&bool_, PyBool(false));
    let not_implemented = Value::new_object(&t.not_implemented, PyInstance::plain());
    let ellipsis = Value::new_object(&t.ellipsis, PyInstance::plain());
    for v in [&none, &true_, &false_, &not_implemented, &ellipsis] {
        v.make_immortal();
    }
    let builtins = Value::new_object(&dict_t, PyDict(RefCell::new(DictTable::default())));
    let modules = Value::new_object(&dict_t, PyDict(RefCell::new(DictTable::default())));
    let names = {
        let mk = |s: &str| {
            let v = Value::new_object(&t.str, PyStr::new(s.into()));
            v.make_immortal();
            v
        };
        crate::vm::Names {
            getattribute: mk("__getattribute__"),
            setattr: mk("__setattr__"),
            delattr: mk("__delattr__"),
            getattr: mk("__getattr__"),
            get: mk("__get__"),
            set: mk("__set__"),
            delete: mk("__delete__"),
            init: mk("__init__"),
            new: mk("__new__"),
            await_: mk("__await__"),
            abstractmethods: mk("__abstractmethods__"),
        }
    };
    let mut vm = Vm {
        t,
        names,
        none: none.clone(),
        true_,
        false_,
        not_implemented,
        ellipsis,
        builtins,
        modules,
        sys: none,
        interned: Default::default(),
        stack: Vec::with_capacity(1024),
        frames: Vec::with_capacity(64),
        handling: Vec::new(),
        recursion_limit: 1000,
        finalizing: false,
        exc: Default::default(),
        optimize: 0,
        small_ints: Vec::new(),
        interrupt: &INTERRUPTED,
        fuel: None,
        sinks: Vec::new(),
        asyncgen_hooks: (None, None),
        repr_stack: Vec::new(),
        arg_buf: Vec::new(),
        lasti: 0,
        signal_dispatch: None,
        profile: None,
        profile_changed: false,
        profilers: Default::default(),
        reraise: false,
        resume_at: None,
        sources: HashMap::new(),
        interned_types: Default::default(),
        iter_types: Default::default(),
        char_strs: vec![None; 256],
    };
    // Bases and MROs of the builtin classes.
    let obj = vm.t.object.clone();
    let simple: Vec<Value> = vec![
        vm.t.type_.clone(),
        vm.t.int.clone(),
        vm.t.float.clone(),
        vm.t.complex.clone(),
        vm.t.str.clone(),
        vm.t.bytes.clone(),
        vm.t.bytearray.clone(),
        vm.t.tuple.clone(),
        vm.t.list.clone(),
        vm.t.dict.clone(),
        vm.t.set.clone(),
        vm.t.frozenset.clone(),
        vm.t.function.clone(),
        vm.t.builtin.clone(),
        vm.t.method_descriptor.clone(),
        vm.t.method.clone(),
        vm.t.code.clone(),
        vm.t.cell.clone(),
        vm.t.module.clone(),
        vm.t.range.clone(),
        vm.t.slice.clone(),
        vm.t.iterator.clone(),
        vm.t.property.clone(),
        vm.t.classmethod.clone(),
        vm.t.staticmethod.clone(),
        vm.t.super_.clone(),
        vm.t.generator.clone(),
        vm.t.weakref.clone(),
        vm.t.frame.clone(),
        vm.t.member.clone(),
        vm.t.coroutine.clone(),
        vm.t.async_generator.clone(),
        vm.t.coroutine_wrapper.clone(),
        vm.t.async_gen_asend.clone(),
        vm.t.async_gen_athrow.clone(),
        vm.t.async_gen_wrapped.clone(),
        vm.t.none.clone(),
        vm.t.not_implemented.clone(),
        vm.t.ellipsis.clone(),
        vm.t.traceback.clone(),
        vm.t.dict_keys.clone(),
        vm.t.dict_values.clone(),
        vm.t.dict_items.clone(),
        vm.t.mappingproxy.clone(),
        vm.t.base_exception.clone(),
    ];
    set_bases(&obj, vec![]);
    for ty in &simple {
        set_bases(ty, vec![obj.clone()]);
    }
    set_bases(&vm.t.bool.clone(), vec![vm.t.int.clone()]);
    // Suspended generators are closed when they die; `generator::finalize` does it.
    for t in [&vm.t.generator, &vm.t.coroutine, &vm.t.async_generator] {
        t.downcast::<PyType>().unwrap().has_del.set(true);
    }
    vm.exc.insert("BaseException", vm.t.base_exception.clone());
    for (name, base) in EXCEPTIONS {
        let b = vm.exc[base].clone();
        let ty = vm.new_type(name, vec![b.clone()], Kind::Exception, false);
        set_bases(&ty, vec![b]);
        ty.make_immortal();
        vm.exc.insert(name, ty);
    }
    for v in [
        vm.names.getattribute.clone(),
        vm.names.setattr.clone(),
        vm.names.delattr.clone(),
        vm.names.getattr.clone(),
        vm.names.get.clone(),
        vm.names.set.clone(),
        vm.names.delete.clone(),
        vm.names.init.clone(),
        vm.names.new.clone(),
        vm.names.await_.clone(),
        vm.names.abstractmethods.clone(),
    ] {
        let key: Box<str> = v.downcast::<PyStr>().unwrap().s.clone();
        vm.interned.insert(key, v);
    }
    crate::builtins::install(&mut vm);
    // The builtin classes made before `new_type` could give them their own `__doc__`.
    let b = vm.builtins.clone();
    let names = match b.downcast::<PyModule>() {
        Some(m) => m.dict.clone(),
        None => b,
    };
    for v in names.downcast::<PyDict>().map_or(Vec::new(), |d| d.items()) {
        if let Some(t) = v.1.downcast::<PyType>()
            && !t.heap
            && !v.1.is(&vm.t.object)
        {
            crate::vm::give_own_doc(&vm, &t.dict);
        }
    }
    vm
}

/// Sets `bases` and a linear MRO for a single-inheritance builtin class.
pub fn set_bases(ty: &Value, bases: Vec<Value>) {
    let t = ty.downcast::<PyType>().unwrap();
    let mut mro = vec![ty.clone()];
    if let Some(b) = bases.first() {
        mro.extend(b.downcast::<PyType>().unwrap().mro.borrow().iter().cloned());
    }
    // Builtin classes are their bases' subclasses too (`ArithmeticError.__subclasses__()`).
    for b in &bases {
        if let Some(bt) = b.downcast::<PyType>() {
            let mut subs = bt.subclasses.borrow_mut();
            if !subs.iter().any(|s| s.is(ty)) {
                subs.push(ty.clone());
            }
        }
    }
    *t.bases.borrow_mut() = bases;
    *t.mro.borrow_mut() = mro;
}
