//! The Ferrython compiler: Python source → `CodeObject`.
//!
//! Pipeline: Ruff's parser (`ruff_python_parser`, pinned) builds the AST; `symtable` resolves
//! every name's scope; `codegen` emits instructions into code units; `optimize` rewrites them
//! as CPython's compiler does (exit blocks copied into jumps, unreachable code removed);
//! `assemble` lays out bytecode, computes stack depths and builds the exception table. Parse
//! errors are mapped to CPython's SyntaxError wording in `errors`.
#![deny(unsafe_code)]

mod assemble;
mod codegen;
mod errors;
mod escapes;
mod optimize;
pub mod symtable;
mod unit;

use ferrython_bytecode::CodeObject;
use ruff_text_size::TextRange;

pub use errors::{CompileError, ErrorKind};

/// What kind of source is being compiled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module or script (`exec`).
    Exec,
    /// One interactive statement: expression statements print their value.
    Single,
    /// A single expression (`eval`).
    Eval,
}

/// A parser's SyntaxError carries its source line with the newline, as CPython's does.
/// A parser error's source line ends with a line break, as CPython's tokenizer gives one to
/// every line of a module; an expression (`eval`) keeps only the breaks it has.
fn parser_stage(mut e: CompileError, source: Option<&str>) -> CompileError {
    // "invalid syntax" at the very end of an expression that has no line break: CPython
    // reports no column (0, 0).
    if let Some(src) = source
        && e.msg == "invalid syntax"
        && !src.ends_with('\n')
        && e.lineno as usize == src.split('\n').count()
        && e.text
            .as_deref()
            .is_some_and(|t| t.chars().count() as u32 + 1 == e.offset)
    {
        e.offset = 0;
        e.end_offset = 0;
    }
    // In a module the end of a line is its newline token, one column wide.
    if source.is_none()
        && e.end_offset == e.offset as i32
        && e.end_lineno == e.lineno
        && e.text
            .as_deref()
            .is_some_and(|t| t.chars().count() as u32 + 1 == e.offset)
    {
        e.end_offset += 1;
    }
    let break_after = match source {
        None => true,
        Some(src) => src
            .split_inclusive('\n')
            .nth(e.lineno.saturating_sub(1) as usize)
            .is_some_and(|l| l.ends_with('\n')),
    };
    if break_after {
        e.text = e.text.map(|t| t + "\n");
    }
    e
}

/// CPython fills in the source line of a compiler's SyntaxError from the file on disk, so
/// source compiled from a string has none.
fn compiler_stage(mut e: CompileError) -> CompileError {
    e.text = if std::path::Path::new(&e.filename).is_file() {
        e.text.map(|t| t + "\n")
    } else {
        None
    };
    e
}

/// A SyntaxError from the symbol table or code generation.
fn compiler_error(source: &str, filename: &str, msg: &str, range: TextRange) -> CompileError {
    compiler_stage(errors::at_range(
        source,
        filename,
        ErrorKind::Syntax,
        msg,
        range,
    ))
}

/// Compiles `source` to a module-level code object.
pub fn compile(
    source: &str,
    filename: &str,
    mode: Mode,
    optimize: u32,
) -> Result<CodeObject, CompileError> {
    let parsed = match mode {
        Mode::Eval => {
            let src = source.trim_start_matches([' ', '\t']);
            match ruff_python_parser::parse_expression(src) {
                Ok(p) => {
                    let expr = p.into_syntax().body;
                    let stmt = ruff_python_ast::Stmt::Return(ruff_python_ast::StmtReturn {
                        node_index: Default::default(),
                        range: TextRange::default(),
                        value: Some(expr),
                    });
                    return compile_eval(src, filename, stmt, optimize);
                }
                Err(e) => {
                    return Err(parser_stage(
                        errors::from_parse_error(src, filename, &e),
                        Some(src),
                    ));
                }
            }
        }
        _ => {
            let opts =
                ruff_python_parser::ParseOptions::from(ruff_python_ast::PySourceType::Python)
                    .with_target_version(ruff_python_ast::PythonVersion::PY312);
            ruff_python_parser::parse(source, opts).map(|p| p.try_into_module().expect("module"))
        }
    };
    let parsed =
        parsed.map_err(|e| parser_stage(errors::from_parse_error(source, filename, &e), None))?;
    if let Some(e) = errors::check_unsupported(source, filename, &parsed) {
        return Err(parser_stage(e, None));
    }
    let module = parsed.into_syntax();
    let body = module.body;
    let table =
        symtable::build(&body).map_err(|e| compiler_error(source, filename, &e.msg, e.range))?;
    let compiler = codegen::Compiler::new(source, filename, table, optimize, mode == Mode::Single);
    let mut code = compiler
        .compile_module(&body)
        .map_err(|e| compiler_error(source, filename, &e.msg, e.range))?;
    // The tokenizer's warnings come before the compiler's, as in CPython.
    let mut warnings = escapes::invalid_escapes(source);
    warnings.append(&mut code.warnings);
    code.warnings = warnings;
    Ok(code)
}

fn compile_eval(
    source: &str,
    filename: &str,
    stmt: ruff_python_ast::Stmt,
    optimize: u32,
) -> Result<CodeObject, CompileError> {
    // Evaluate as a module whose body returns the expression's value.
    let body = vec![stmt];
    let table =
        symtable::build(&body).map_err(|e| compiler_error(source, filename, &e.msg, e.range))?;
    let compiler = codegen::Compiler::new(source, filename, table, optimize, false);
    let mut code = compiler
        .compile_eval(&body)
        .map_err(|e| compiler_error(source, filename, &e.msg, e.range))?;
    let mut warnings = escapes::invalid_escapes(source);
    warnings.append(&mut code.warnings);
    code.warnings = warnings;
    Ok(code)
}
