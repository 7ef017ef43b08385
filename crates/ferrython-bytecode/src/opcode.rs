//! The one instruction table.
//!
//! Every opcode is declared exactly once in the `opcodes!` list below: its name, the number of
//! inline-cache words that follow it in the instruction stream, its stack effect when execution
//! falls through and when it jumps, and whether its argument is a jump target. The enum, the name
//! table used by `dis`, the stack-depth computation of the assembler and the interpreter's
//! dispatch are all derived from this list; there is no second list of opcodes anywhere.
//!
//! Encoding: an instruction is one `u32` word, the opcode in the low 8 bits and the argument in
//! the high 24 bits. Cache words, when an opcode has them, follow the instruction word and are
//! initialised to zero; specialised forms rewrite the opcode byte in place.

macro_rules! opcodes {
    ($( $(#[doc = $doc:literal])* $name:ident = $cache:literal, $fall:expr, $jump:expr, $is_jump:literal; )*) => {
        /// A bytecode operation. The discriminant is the encoded opcode byte.
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Opcode {
            $( $(#[doc = $doc])* $name, )*
        }

        /// All opcodes in encoding order.
        pub const ALL_OPCODES: &[Opcode] = &[$(Opcode::$name,)*];

        /// The encoded byte of each opcode, as constants to match on.
        #[allow(non_upper_case_globals)]
        mod byte_of {
            $(pub const $name: u8 = super::Opcode::$name as u8;)*
        }

        /// The opcode of an instruction byte; bytes that encode no opcode decode as NOP (the
        /// compiler never emits them). Each byte maps to the opcode with that discriminant,
        /// so this compiles to a compare and select rather than a table load.
        #[inline(always)]
        pub const fn opcode_of_byte(b: u8) -> Opcode {
            match b {
                $(byte_of::$name => Opcode::$name,)*
                _ => Opcode::NOP,
            }
        }

        /// Inline-cache sizes indexed by opcode byte.
        const CACHE_WORDS: &[u8] = &[$($cache,)*];

        impl Opcode {
            /// The name `dis` prints.
            pub const fn name(self) -> &'static str {
                match self { $(Opcode::$name => stringify!($name),)* }
            }

            /// Number of inline-cache words following the instruction.
            #[inline(always)]
            pub const fn cache_words(self) -> usize {
                CACHE_WORDS[self as usize] as usize
            }

            /// Net change of the value-stack depth: `jump` selects the branch-taken effect.
            #[allow(unused_variables)]
            pub fn stack_effect(self, arg: u32, jump: bool) -> i32 {
                let a = arg as i32;
                match self {
                    $(Opcode::$name => if jump { ($jump)(a) } else { ($fall)(a) },)*
                }
            }

            /// Whether the argument is an instruction index to jump to.
            pub const fn is_jump(self) -> bool {
                match self { $(Opcode::$name => $is_jump,)* }
            }

            /// Decodes an opcode byte.
            pub fn from_u8(b: u8) -> Option<Opcode> {
                ALL_OPCODES.get(b as usize).copied()
            }
        }
    };
}

const fn z(_: i32) -> i32 {
    0
}

opcodes! {
    /// Do nothing. `( -- )`
    NOP = 0, z, z, false;
    /// Discard the top of stack. `(a -- )`
    POP_TOP = 0, |_| -1, z, false;
    /// Push the null marker used by the call protocol. `( -- null)`
    PUSH_NULL = 0, |_| 1, z, false;
    /// Push a copy of the arg-th item (1 = top). `(.. x .. -- .. x .. x)`
    COPY = 0, |_| 1, z, false;
    /// Swap the top with the arg-th item. `(x .. top -- top .. x)`
    SWAP = 0, z, z, false;
    /// Push a constant. `( -- consts[arg])`
    LOAD_CONST = 0, |_| 1, z, false;
    /// Push a local variable, raising UnboundLocalError if unset. `( -- v)`
    LOAD_FAST = 0, |_| 1, z, false;
    /// Store into a local. `(v -- )`
    STORE_FAST = 0, |_| -1, z, false;
    /// Unset a local. `( -- )`
    DELETE_FAST = 0, z, z, false;
    /// Push the contents of a cell or free variable. `( -- v)`
    LOAD_DEREF = 0, |_| 1, z, false;
    /// Store into a cell. `(v -- )`
    STORE_DEREF = 0, |_| -1, z, false;
    /// Empty a cell. `( -- )`
    DELETE_DEREF = 0, z, z, false;
    /// Push the cell object itself (for building closures). `( -- cell)`
    LOAD_CLOSURE = 0, |_| 1, z, false;
    /// Class-body lookup of a free variable: namespace first, then the cell. `( -- v)`
    LOAD_CLASSDEREF = 0, |_| 1, z, false;
    /// Name lookup in locals, globals, builtins. `( -- v)`
    LOAD_NAME = 0, |_| 1, z, false;
    /// Store into the locals mapping. `(v -- )`
    STORE_NAME = 0, |_| -1, z, false;
    /// Name lookup in the mapping on top (a class namespace seen from an annotation scope),
    /// then globals and builtins. `(mapping -- v)`
    LOAD_FROM_DICT_OR_GLOBALS = 0, z, z, false;
    /// Delete from the locals mapping. `( -- )`
    DELETE_NAME = 0, z, z, false;
    /// Global lookup (globals, then builtins); cache holds dict versions. `( -- v)`
    LOAD_GLOBAL = 3, |_| 1, z, false;
    /// Store a global. `(v -- )`
    STORE_GLOBAL = 0, |_| -1, z, false;
    /// Delete a global. `( -- )`
    DELETE_GLOBAL = 0, z, z, false;
    /// Attribute load. `(obj -- obj.name)`
    LOAD_ATTR = 8, z, z, false;
    /// Method load for a call: pushes the function and self, or the attribute and null.
    /// `(obj -- meth self_or_null)`
    LOAD_METHOD = 4, |_| 1, z, false;
    /// Attribute store. `(v obj -- )`
    STORE_ATTR = 8, |_| -2, z, false;
    /// Attribute delete. `(obj -- )`
    DELETE_ATTR = 0, |_| -1, z, false;
    /// `super().name` with the class cell and self on the stack. `(super cls self -- v)`
    LOAD_SUPER_ATTR = 0, |_| -2, z, false;
    /// Binary operator; arg selects the operator (see `BinOp`). `(a b -- a op b)`
    BINARY_OP = 1, |_| -1, z, false;
    /// Rich comparison; arg selects the comparison (see `CmpOp`). `(a b -- a cmp b)`
    COMPARE_OP = 1, |_| -1, z, false;
    /// Identity test, negated if arg is 1. `(a b -- bool)`
    IS_OP = 0, |_| -1, z, false;
    /// Membership test, negated if arg is 1. `(a b -- bool)`
    CONTAINS_OP = 0, |_| -1, z, false;
    /// `-a`. `(a -- -a)`
    UNARY_NEGATIVE = 0, z, z, false;
    /// `+a`. `(a -- +a)`
    UNARY_POSITIVE = 0, z, z, false;
    /// `not a`. `(a -- bool)`
    UNARY_NOT = 0, z, z, false;
    /// `~a`. `(a -- ~a)`
    UNARY_INVERT = 0, z, z, false;
    /// `c[k]`. `(c k -- c[k])`
    BINARY_SUBSCR = 1, |_| -1, z, false;
    /// `c[k] = v`. `(v c k -- )`
    STORE_SUBSCR = 1, |_| -3, z, false;
    /// `del c[k]`. `(c k -- )`
    DELETE_SUBSCR = 0, |_| -2, z, false;
    /// Build a slice from 2 or 3 items. `(a b [c] -- slice)`
    BUILD_SLICE = 0, |a| 1 - a, z, false;
    /// Build a tuple of arg items. `(items -- tuple)`
    BUILD_TUPLE = 0, |a| 1 - a, z, false;
    /// Build a list of arg items. `(items -- list)`
    BUILD_LIST = 0, |a| 1 - a, z, false;
    /// Build a set of arg items (the count is `arg & SET_COUNT_MASK`). `(items -- set)`
    BUILD_SET = 0, |a: i32| 1 - (a & SET_COUNT_MASK as i32), z, false;
    /// Build a dict of arg key/value pairs. `(k1 v1 .. -- dict)`
    BUILD_MAP = 0, |a| 1 - 2 * a, z, false;
    /// Build a dict from arg values and a tuple of keys on top. `(v1 .. keys -- dict)`
    BUILD_CONST_KEY_MAP = 0, |a: i32| -a, z, false;
    /// Concatenate arg strings. `(s1 .. -- str)`
    BUILD_STRING = 0, |a| 1 - a, z, false;
    /// Append to the list arg-th from the top (after popping). `(list .. v -- list ..)`
    LIST_APPEND = 0, |_| -1, z, false;
    /// Add to a set. `(set .. v -- set ..)`
    SET_ADD = 0, |_| -1, z, false;
    /// Insert into a dict. `(dict .. k v -- dict ..)`
    MAP_ADD = 0, |_| -2, z, false;
    /// Extend a list with an iterable. `(list .. it -- list ..)`
    LIST_EXTEND = 0, |_| -1, z, false;
    /// Update a set with an iterable. `(set .. it -- set ..)`
    SET_UPDATE = 0, |_| -1, z, false;
    /// Update a dict with a mapping. `(dict .. m -- dict ..)`
    DICT_UPDATE = 0, |_| -1, z, false;
    /// Merge keyword arguments, rejecting duplicates. `(dict .. m -- dict ..)`
    DICT_MERGE = 0, |_| -1, z, false;
    /// Format a value for an f-string; arg bit 2 = spec on stack, bits 0-1 = conversion.
    /// `(v [spec] -- str)`
    FORMAT_VALUE = 0, |a| if a & 4 != 0 { -1 } else { 0 }, z, false;
    /// Unpack exactly arg items, pushed last-first. `(seq -- vn .. v1)`
    UNPACK_SEQUENCE = 1, |a| a - 1, z, false;
    /// Unpack with a starred target: low byte = before, high = after. `(seq -- ..)`
    UNPACK_EX = 0, |a| (a & 0xff) + (a >> 8), z, false;
    /// Unconditional jump. `( -- )`
    JUMP = 0, z, z, true;
    /// Backward jump (loop edge; the interpreter checks for interrupts here). `( -- )`
    JUMP_BACKWARD = 0, z, z, true;
    /// Jump if falsy. `(c -- )`
    POP_JUMP_IF_FALSE = 0, |_| -1, |_| -1, true;
    /// Jump if truthy. `(c -- )`
    POP_JUMP_IF_TRUE = 0, |_| -1, |_| -1, true;
    /// Jump if None. `(c -- )`
    POP_JUMP_IF_NONE = 0, |_| -1, |_| -1, true;
    /// Jump if not None. `(c -- )`
    POP_JUMP_IF_NOT_NONE = 0, |_| -1, |_| -1, true;
    /// Replace an iterable by its iterator. `(it -- iter)`
    GET_ITER = 0, z, z, false;
    /// Push the next item, or pop the iterator and jump when exhausted. `(iter -- iter v)`
    FOR_ITER = 1, |_| 1, |_| -1, true;
    /// Return from the frame. `(v -- )`
    RETURN_VALUE = 0, |_| -1, z, false;
    /// Return a constant. `( -- )`
    RETURN_CONST = 0, z, z, false;
    /// Call with arg positional arguments. `(f self_or_null args -- result)`
    CALL = 2, |a| -1 - a, z, false;
    /// Call with arg arguments, the last ones named by the tuple on top.
    /// `(f self_or_null args kwnames -- result)`
    CALL_KW = 2, |a| -2 - a, z, false;
    /// Call with an argument tuple and, if arg & 1, a kwargs dict.
    /// `(f null args [kwargs] -- result)`
    CALL_FUNCTION_EX = 0, |a| -2 - (a & 1), z, false;
    /// Rarely used unary helpers selected by arg (see `Intrinsic1`). `(v -- r)`
    CALL_INTRINSIC_1 = 0, z, z, false;
    /// Make a function from a code object; arg flags say which extras lie below it:
    /// 1 defaults, 2 kw-defaults, 4 annotations, 8 closure. `(extras code -- func)`
    MAKE_FUNCTION = 0, |a| -((a & 1 != 0) as i32 + (a & 2 != 0) as i32 + (a & 4 != 0) as i32 + (a & 8 != 0) as i32), z, false;
    /// Push `builtins.__build_class__`. `( -- f)`
    LOAD_BUILD_CLASS = 0, |_| 1, z, false;
    /// Push the frame's locals mapping. `( -- m)`
    LOAD_LOCALS = 0, |_| 1, z, false;
    /// Create `__annotations__` in the locals mapping if absent. `( -- )`
    SETUP_ANNOTATIONS = 0, z, z, false;
    /// Raise: arg 0 re-raises the handled exception, 1 raises v, 2 raises v from cause.
    /// `([v [cause]] -- )`
    RAISE_VARARGS = 0, |a: i32| -a, z, false;
    /// Re-raise the exception on top (arg 1: also restore lasti below it). `(.. exc -- )`
    RERAISE = 0, |_| -1, z, false;
    /// Make the exception on top the one being handled, saving the previous one below it.
    /// `(exc -- prev exc)`
    PUSH_EXC_INFO = 0, |_| 1, z, false;
    /// Restore the previously handled exception. `(prev -- )`
    POP_EXCEPT = 0, |_| -1, z, false;
    /// Test an exception against an `except` clause's type. `(exc type -- exc bool)`
    CHECK_EXC_MATCH = 0, z, z, false;
    /// Split an exception group for `except*`. `(exc type -- rest match)`
    CHECK_EG_MATCH = 0, z, z, false;
    /// Push `AssertionError`. `( -- type)`
    LOAD_ASSERTION_ERROR = 0, |_| 1, z, false;
    /// Enter a context manager. `(mgr -- exit enter_result)`
    BEFORE_WITH = 0, |_| 1, z, false;
    /// Call `__exit__` with the exception being handled. `(exit prev exc -- exit prev exc r)`
    WITH_EXCEPT_START = 0, |_| 1, z, false;
    /// Import a module; arg is the name index. `(level fromlist -- module)`
    IMPORT_NAME = 0, |_| -1, z, false;
    /// `from m import name`. `(m -- m v)`
    IMPORT_FROM = 0, |_| 1, z, false;
    /// Turn the current frame into a generator/coroutine object and return it. `( -- )`
    RETURN_GENERATOR = 0, |_| 1, z, false;
    /// Suspend the frame yielding v; resumes with the sent value. `(v -- sent)`
    YIELD_VALUE = 0, z, z, false;
    /// Send a value into a sub-iterator; jump to arg when it returns. `(sub v -- sub r)`
    SEND = 0, z, |_| -1, true;
    /// Turn a `yield from` operand into an iterator. `(it -- iter)`
    GET_YIELD_FROM_ITER = 0, z, z, false;
    /// Get an awaitable's iterator; arg says where the await is (for messages). `(v -- it)`
    GET_AWAITABLE = 0, z, z, false;
    /// `aiter(x)`. `(x -- ait)`
    GET_AITER = 0, z, z, false;
    /// Push an awaitable for the next item of an async iterator. `(ait -- ait aw)`
    GET_ANEXT = 0, |_| 1, z, false;
    /// End an `async for` on StopAsyncIteration, else re-raise. `(ait exc -- )`
    END_ASYNC_FOR = 0, |_| -2, z, false;
    /// Enter an async context manager. `(mgr -- aexit aenter_awaitable)`
    BEFORE_ASYNC_WITH = 0, |_| 1, z, false;
    /// Clean up after an exception thrown into a `yield from`. `(sub last exc -- none v)`
    CLEANUP_THROW = 0, |_| -1, z, false;
    /// Match a class pattern; arg = number of positional sub-patterns.
    /// `(subject cls kwnames -- attrs_or_none)`
    MATCH_CLASS = 0, |_| -2, z, false;
    /// Push whether the subject is a mapping. `(s -- s bool)`
    MATCH_MAPPING = 0, |_| 1, z, false;
    /// Push whether the subject is a sequence. `(s -- s bool)`
    MATCH_SEQUENCE = 0, |_| 1, z, false;
    /// Extract keys of a mapping pattern. `(s keys -- s keys values_or_none)`
    MATCH_KEYS = 0, |_| 1, z, false;
    /// Push len(top). `(s -- s n)`
    GET_LEN = 0, |_| 1, z, false;
    /// Copy a dict without the given keys (mapping `**rest`). `(d keys -- rest)`
    COPY_DICT_WITHOUT_KEYS = 0, |_| -1, z, false;
    /// Binary op with two small ints (specialised BINARY_OP). `(a b -- a op b)`
    BINARY_OP_INT = 1, |_| -1, z, false;
    /// Binary op with two floats (specialised BINARY_OP). `(a b -- a op b)`
    BINARY_OP_FLOAT = 1, |_| -1, z, false;
    /// Comparison of two small ints (specialised COMPARE_OP). `(a b -- bool)`
    COMPARE_OP_INT = 1, |_| -1, z, false;
    /// Instance-attribute load through the shape cache (specialised LOAD_ATTR). `(o -- v)`
    LOAD_ATTR_SLOT = 8, z, z, false;
    /// Method load through the type-version cache (specialised LOAD_METHOD). `(o -- f o)`
    LOAD_METHOD_CACHED = 4, |_| 1, z, false;
    /// Instance-attribute store through the shape cache (specialised STORE_ATTR). `(v o -- )`
    STORE_ATTR_SLOT = 8, |_| -2, z, false;
    /// Global load through the dict-version cache (specialised LOAD_GLOBAL). `( -- v)`
    LOAD_GLOBAL_CACHED = 3, |_| 1, z, false;
}

/// Argument of `BINARY_OP`: the operator, with in-place forms offset by `INPLACE`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

impl BinOp {
    /// Offset added to the argument for augmented assignment (`+=`).
    pub const INPLACE: u32 = 16;
    pub const ALL: [BinOp; 13] = [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::MatMul,
        BinOp::TrueDiv,
        BinOp::FloorDiv,
        BinOp::Mod,
        BinOp::Pow,
        BinOp::LShift,
        BinOp::RShift,
        BinOp::And,
        BinOp::Or,
        BinOp::Xor,
    ];

    pub fn from_arg(arg: u32) -> (BinOp, bool) {
        let inplace = arg >= Self::INPLACE;
        let idx = if inplace { arg - Self::INPLACE } else { arg };
        (Self::ALL[idx as usize], inplace)
    }

    /// The operator as written in source.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
        }
    }

    /// The dunder names: (normal, reflected, in-place).
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
}

/// Argument of `COMPARE_OP`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    pub const ALL: [CmpOp; 6] = [
        CmpOp::Lt,
        CmpOp::Le,
        CmpOp::Eq,
        CmpOp::Ne,
        CmpOp::Gt,
        CmpOp::Ge,
    ];

    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }

    /// (dunder, reflected dunder).
    pub fn dunders(self) -> (&'static str, &'static str) {
        match self {
            CmpOp::Lt => ("__lt__", "__gt__"),
            CmpOp::Le => ("__le__", "__ge__"),
            CmpOp::Eq => ("__eq__", "__eq__"),
            CmpOp::Ne => ("__ne__", "__ne__"),
            CmpOp::Gt => ("__gt__", "__lt__"),
            CmpOp::Ge => ("__ge__", "__le__"),
        }
    }

    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
}

/// Argument of `CALL_INTRINSIC_1`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Intrinsic1 {
    /// Print an expression statement's value in interactive mode.
    PrintExpr,
    /// `from m import *` into the locals mapping; pushes None.
    ImportStar,
    /// Convert a StopIteration escaping a generator into RuntimeError.
    StopIterationError,
    /// Convert a list into a tuple.
    ListToTuple,
    /// Make a `TypeVar` named by the argument.
    TypeVar,
    /// Make a `ParamSpec`.
    ParamSpec,
    /// Make a `TypeVarTuple`.
    TypeVarTuple,
    /// Wrap the argument for `Generic[...]` subscription.
    SubscriptGeneric,
    /// Make a `TypeAliasType` from (name, type_params, compute_value).
    TypeAlias,
    /// Unwrap an async generator's yielded value marker.
    AsyncGenWrap,
    /// After the `except*` clauses: from `(original, raised list, unhandled rest)`, the
    /// exception to re-raise or None.
    PrepReraiseStar,
}

impl Intrinsic1 {
    pub const ALL: [Intrinsic1; 11] = [
        Intrinsic1::PrintExpr,
        Intrinsic1::ImportStar,
        Intrinsic1::StopIterationError,
        Intrinsic1::ListToTuple,
        Intrinsic1::TypeVar,
        Intrinsic1::ParamSpec,
        Intrinsic1::TypeVarTuple,
        Intrinsic1::SubscriptGeneric,
        Intrinsic1::TypeAlias,
        Intrinsic1::AsyncGenWrap,
        Intrinsic1::PrepReraiseStar,
    ];
}

/// Packs an instruction word.
#[inline]
pub const fn encode(op: Opcode, arg: u32) -> u32 {
    (op as u32) | (arg << 8)
}

/// Splits an instruction word into opcode byte and argument.
#[inline(always)]
pub const fn decode(word: u32) -> (u8, u32) {
    ((word & 0xff) as u8, word >> 8)
}

/// The largest argument an instruction word can hold.
pub const MAX_ARG: u32 = (1 << 24) - 1;

/// Set in LIST_EXTEND's argument when the list collects a call's positional arguments; the
/// low byte is the list's depth.
pub const CALL_ARGS_FLAG: u32 = 0x100;

/// Set in BUILD_SET's argument (above the count) for a display of three or more constants.
pub const CONST_SET_FLAG: u32 = 0x80_0000;

/// The item count in BUILD_SET's argument.
pub const SET_COUNT_MASK: u32 = 0x7f_ffff;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encode_decode_round_trip() {
        for &op in ALL_OPCODES {
            let (b, arg) = decode(encode(op, 12345));
            assert_eq!(Opcode::from_u8(b), Some(op));
            assert_eq!(arg, 12345);
        }
    }

    #[test]
    fn table_derived_properties() {
        assert_eq!(Opcode::LOAD_GLOBAL.cache_words(), 3);
        assert_eq!(Opcode::NOP.cache_words(), 0);
        assert_eq!(Opcode::BUILD_LIST.stack_effect(3, false), -2);
        assert_eq!(Opcode::FOR_ITER.stack_effect(0, true), -1);
        assert!(Opcode::JUMP.is_jump() && !Opcode::CALL.is_jump());
        assert_eq!(Opcode::BINARY_OP.name(), "BINARY_OP");
    }
}
