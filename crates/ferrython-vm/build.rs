//! Embeds the standard-library modules written in Python (`lib/` at the workspace root) into
//! the binary: generates a table of (module name, source, is_package) included by `import`.

use std::fmt::Write;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, prefix: &str, out: &mut Vec<(String, PathBuf, bool)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        if p.is_dir() {
            if name == "__pycache__" {
                continue;
            }
            let init = p.join("__init__.py");
            let pkg = format!("{prefix}{name}");
            if init.is_file() {
                out.push((pkg.clone(), init, true));
            }
            collect(&p, &format!("{pkg}."), out);
        } else if let Some(stem) = name.strip_suffix(".py")
            && stem != "__init__"
        {
            out.push((format!("{prefix}{stem}"), p.clone(), false));
        }
    }
}

fn main() {
    let lib = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lib");
    println!("cargo:rerun-if-changed={}", lib.display());
    let mut mods = Vec::new();
    collect(&lib, "", &mut mods);
    let mut src = String::from("&[\n");
    for (name, path, pkg) in &mods {
        println!("cargo:rerun-if-changed={}", path.display());
        let abs = path.canonicalize().unwrap();
        writeln!(
            src,
            "    ({name:?}, include_str!({:?}), {pkg}),",
            abs.display().to_string()
        )
        .unwrap();
    }
    src.push_str("]\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("embedded_lib.rs");
    std::fs::write(out, src).unwrap();
}
