//! The compiled form of one scope (module, class body, function, comprehension).
//!
//! Local slots ("fast locals") are laid out as `varnames`, then `cellvars`, then `freevars`; the
//! interpreter indexes all three through one array. Positions are kept per instruction word in
//! a side table and only read when an error needs a line number, so they cost nothing while
//! running.

use std::fmt::Write;
use std::rc::Rc;

use num_bigint::BigInt;

/// A literal value known at compile time.
#[derive(Clone, Debug)]
pub enum Constant {
    None,
    Ellipsis,
    Bool(bool),
    Int(i64),
    BigInt(Rc<BigInt>),
    Float(f64),
    Complex(f64, f64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Tuple(Rc<[Constant]>),
    Code(Rc<CodeObject>),
}

impl PartialEq for Constant {
    /// Identity-like equality used to deduplicate the constant table: values of different
    /// types never compare equal (so `1`, `1.0` and `True` stay distinct) and floats compare by
    /// bit pattern (so `0.0` and `-0.0` stay distinct).
    fn eq(&self, other: &Self) -> bool {
        use Constant::*;
        match (self, other) {
            (None, None) | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (BigInt(a), BigInt(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            (Complex(a, b), Complex(c, d)) => {
                a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
            }
            (Str(a), Str(b)) => a == b,
            (Bytes(a), Bytes(b)) => a == b,
            (Tuple(a), Tuple(b)) => {
                a.len() == b.len() && a.iter().zip(b.iter()).all(|(x, y)| x == y)
            }
            (Code(a), Code(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}

impl Constant {
    /// A Python-style repr, used by `dis`.
    pub fn repr(&self) -> String {
        match self {
            Constant::None => "None".into(),
            Constant::Ellipsis => "Ellipsis".into(),
            Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
            Constant::Int(i) => i.to_string(),
            Constant::BigInt(i) => i.to_string(),
            Constant::Float(f) => format!("{f:?}"),
            Constant::Complex(r, i) => {
                if *r == 0.0 && r.is_sign_positive() {
                    format!("{i:?}j")
                } else {
                    format!("({r:?}+{i:?}j)")
                }
            }
            Constant::Str(s) => format!("{s:?}").replace('"', "'"),
            Constant::Bytes(b) => {
                let mut out = String::from("b'");
                for &c in b.iter() {
                    if (0x20..0x7f).contains(&c) && c != b'\'' && c != b'\\' {
                        out.push(c as char);
                    } else {
                        let _ = write!(out, "\\x{c:02x}");
                    }
                }
                out.push('\'');
                out
            }
            Constant::Tuple(items) => {
                let parts: Vec<String> = items.iter().map(|c| c.repr()).collect();
                if parts.len() == 1 {
                    format!("({},)", parts[0])
                } else {
                    format!("({})", parts.join(", "))
                }
            }
            Constant::Code(c) => format!(
                "<code object {}, file \"{}\", line {}>",
                c.name, c.filename, c.first_line
            ),
        }
    }
}

/// Source span of an instruction: 1-based lines, 0-based UTF-8 byte columns (as CPython).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Location {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// One row of the zero-cost exception table: instructions in `start..end` (word offsets) jump
/// to `target` on an exception, after truncating the value stack to `depth` (and pushing the
/// offset of the raising instruction first when `push_lasti`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub push_lasti: bool,
}

/// Bit flags describing a code object, with CPython's values.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CodeFlags(pub u32);

impl CodeFlags {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const NOFREE: u32 = 0x40;
    pub const COROUTINE: u32 = 0x80;
    pub const ITERABLE_COROUTINE: u32 = 0x100;
    pub const ASYNC_GENERATOR: u32 = 0x200;

    pub fn has(self, bit: u32) -> bool {
        self.0 & bit != 0
    }
}

/// A compiled scope.
#[derive(Debug)]
pub struct CodeObject {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub first_line: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: CodeFlags,
    /// Instruction words and their inline-cache words.
    pub code: Vec<u32>,
    pub consts: Vec<Constant>,
    /// Names used by global, attribute and import instructions.
    pub names: Vec<Rc<str>>,
    /// Parameters first, then other locals.
    pub varnames: Vec<Rc<str>>,
    pub cellvars: Vec<Rc<str>>,
    pub freevars: Vec<Rc<str>>,
    /// For each cell variable that is also a parameter, the parameter's slot.
    pub cell_args: Vec<Option<u32>>,
    /// One location per code word.
    pub locations: Vec<Location>,
    pub exception_table: Vec<ExceptionEntry>,
    pub max_stack: u32,
    pub docstring: Option<Rc<str>>,
    /// SyntaxWarnings found while compiling (line, message); on the module's code only.
    pub warnings: Vec<(u32, String)>,
}

impl CodeObject {
    /// Total number of fast-local slots (locals, cells and free variables).
    pub fn nlocalsplus(&self) -> usize {
        self.varnames.len() + self.cellvars.len() + self.freevars.len()
    }

    /// Number of parameters including `*args` and `**kwargs`.
    pub fn total_args(&self) -> usize {
        let mut n = (self.argcount + self.kwonlyargcount) as usize;
        if self.flags.has(CodeFlags::VARARGS) {
            n += 1;
        }
        if self.flags.has(CodeFlags::VARKEYWORDS) {
            n += 1;
        }
        n
    }

    /// The name of fast-local slot `i`.
    pub fn local_name(&self, i: usize) -> &str {
        let nv = self.varnames.len();
        let nc = self.cellvars.len();
        if i < nv {
            &self.varnames[i]
        } else if i < nv + nc {
            &self.cellvars[i - nv]
        } else {
            &self.freevars[i - nv - nc]
        }
    }

    /// The exception-table row covering word offset `offset`, if any.
    pub fn handler_for(&self, offset: u32) -> Option<&ExceptionEntry> {
        self.exception_table
            .iter()
            .find(|e| e.start <= offset && offset < e.end)
    }

    pub fn location(&self, offset: usize) -> Location {
        self.locations.get(offset).copied().unwrap_or_default()
    }
}
