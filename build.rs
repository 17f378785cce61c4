//! Embeds the knowledge base (`rules/` and `locales/`) into the binary, so that `mdmdoc` works
//! from any directory after `cargo install`. The generated file is a sorted list of
//! `(relative path, contents)` pairs; the loader treats it exactly like a directory on disk.
use std::env;
use std::fs;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("yaml" | "yml" | "ftl")
        ) {
            out.push(path);
        }
    }
}

fn main() {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let mut generated = String::new();
    for tree in ["rules", "locales"] {
        let dir = root.join(tree);
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut files = Vec::new();
        collect(&dir, &mut files);
        files.sort();
        generated.push_str(&format!(
            "pub static {}: &[(&str, &str)] = &[\n",
            tree.to_uppercase()
        ));
        for file in &files {
            println!("cargo:rerun-if-changed={}", file.display());
            let rel = file
                .strip_prefix(&dir)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            generated.push_str(&format!(
                "    ({:?}, include_str!({:?})),\n",
                rel,
                file.display().to_string()
            ));
        }
        generated.push_str("];\n");
    }
    let out = PathBuf::from(env::var("OUT_DIR").unwrap()).join("embedded.rs");
    fs::write(out, generated).unwrap();
}
