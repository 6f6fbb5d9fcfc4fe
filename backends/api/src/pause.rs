//! The image of the container that holds a task's network namespace.
//!
//! No registry may be reachable, so backends build it locally: `image_tar()` is a complete
//! image filesystem (one file, `/pause`) that `docker import`, Podman's image import and their
//! CLIs accept. `/pause` is a static executable of a few dozen bytes that blocks forever in a
//! syscall; as PID 1 it ignores SIGTERM, which is fine because sandboxes are removed by force.

/// The name the pause image is imported under, versioned by its content.
pub const IMAGE: &str = "ecsemu/pause:1";
/// Its command.
pub const COMMAND: &str = "/pause";

const LOAD_ADDRESS: u64 = 0x40_0000;
const ELF_HEADER_SIZE: u16 = 64;
const PROGRAM_HEADER_SIZE: u16 = 56;

/// `loop { pause() }` on x86_64.
const X86_64_CODE: &[u8] = &[
    0xb8, 0x22, 0x00, 0x00, 0x00, // mov eax, 34 (pause)
    0x0f, 0x05, // syscall
    0xeb, 0xf7, // jmp back to the start
];

/// `loop { ppoll(NULL, 0, NULL, NULL) }` on aarch64, which has no pause syscall.
const AARCH64_CODE: [u32; 7] = [
    0xd280_0000, // mov x0, #0
    0xd280_0001, // mov x1, #0
    0xd280_0002, // mov x2, #0
    0xd280_0003, // mov x3, #0
    0xd280_0928, // mov x8, #73 (ppoll)
    0xd400_0001, // svc #0
    0x17ff_fffa, // b back to the start
];

/// A static ELF executable for `arch` (`std::env::consts::ARCH` values) that never returns.
pub fn executable(arch: &str) -> Option<Vec<u8>> {
    let (machine, code): (u16, Vec<u8>) = match arch {
        "x86_64" => (0x3e, X86_64_CODE.to_vec()),
        "aarch64" => (
            0xb7,
            AARCH64_CODE.iter().flat_map(|w| w.to_le_bytes()).collect(),
        ),
        _ => return None,
    };
    let code_offset = u64::from(ELF_HEADER_SIZE + PROGRAM_HEADER_SIZE);
    let size = code_offset + code.len() as u64;
    let mut elf = Vec::with_capacity(usize::try_from(size).ok()?);
    elf.extend_from_slice(&[0x7f, b'E', b'L', b'F', 2, 1, 1, 0]);
    elf.extend_from_slice(&[0; 8]);
    elf.extend_from_slice(&2u16.to_le_bytes()); // ET_EXEC
    elf.extend_from_slice(&machine.to_le_bytes());
    elf.extend_from_slice(&1u32.to_le_bytes()); // EV_CURRENT
    elf.extend_from_slice(&(LOAD_ADDRESS + code_offset).to_le_bytes()); // entry
    elf.extend_from_slice(&u64::from(ELF_HEADER_SIZE).to_le_bytes()); // program headers
    elf.extend_from_slice(&0u64.to_le_bytes()); // no section headers
    elf.extend_from_slice(&0u32.to_le_bytes()); // flags
    elf.extend_from_slice(&ELF_HEADER_SIZE.to_le_bytes());
    elf.extend_from_slice(&PROGRAM_HEADER_SIZE.to_le_bytes());
    elf.extend_from_slice(&1u16.to_le_bytes()); // one program header
    elf.extend_from_slice(&[0; 6]); // no sections
    elf.extend_from_slice(&1u32.to_le_bytes()); // PT_LOAD
    elf.extend_from_slice(&5u32.to_le_bytes()); // readable, executable
    elf.extend_from_slice(&0u64.to_le_bytes()); // from file offset 0
    elf.extend_from_slice(&LOAD_ADDRESS.to_le_bytes());
    elf.extend_from_slice(&LOAD_ADDRESS.to_le_bytes());
    elf.extend_from_slice(&size.to_le_bytes());
    elf.extend_from_slice(&size.to_le_bytes());
    elf.extend_from_slice(&0x1000u64.to_le_bytes());
    elf.extend_from_slice(&code);
    Some(elf)
}

/// The pause image's filesystem as an uncompressed tar, for this machine's architecture.
pub fn image_tar() -> Option<Vec<u8>> {
    let pause = executable(std::env::consts::ARCH)?;
    let mut tar = header("pause", pause.len(), 0o755);
    tar.extend_from_slice(&pause);
    tar.resize(tar.len().div_ceil(512) * 512, 0);
    tar.resize(tar.len() + 1024, 0);
    Some(tar)
}

/// A ustar header for a regular file.
fn header(name: &str, size: usize, mode: u32) -> Vec<u8> {
    let mut block = vec![0u8; 512];
    block[..name.len()].copy_from_slice(name.as_bytes());
    let octal = |field: &mut [u8], value: u64| {
        let text = format!("{value:0width$o}\0", width = field.len() - 1);
        field.copy_from_slice(text.as_bytes());
    };
    octal(&mut block[100..108], u64::from(mode));
    octal(&mut block[108..116], 0);
    octal(&mut block[116..124], 0);
    octal(&mut block[124..136], size as u64);
    octal(&mut block[136..148], 0);
    block[156] = b'0';
    block[257..263].copy_from_slice(b"ustar\0");
    block[263..265].copy_from_slice(b"00");
    block[148..156].fill(b' ');
    let checksum: u32 = block.iter().map(|b| u32::from(*b)).sum();
    let text = format!("{checksum:06o}\0 ");
    block[148..156].copy_from_slice(text.as_bytes());
    block
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn executables_are_elf_for_both_architectures() {
        for arch in ["x86_64", "aarch64"] {
            let elf = executable(arch).unwrap();
            assert_eq!(&elf[..4], b"\x7fELF");
            assert_eq!(elf.len(), 120 + if arch == "x86_64" { 9 } else { 28 });
        }
        assert!(executable("riscv64").is_none());
    }

    #[test]
    fn the_tar_holds_one_executable_file() {
        let tar = image_tar().unwrap();
        assert_eq!(tar.len() % 512, 0);
        assert_eq!(&tar[..5], b"pause");
        assert_eq!(&tar[257..262], b"ustar");
        assert_eq!(&tar[100..107], b"0000755");
    }

    #[cfg(all(target_os = "linux", target_arch = "x86_64"))]
    #[test]
    fn the_executable_blocks_until_killed() {
        use std::os::unix::fs::PermissionsExt;
        let path = std::env::temp_dir().join(format!("ecsemu-pause-{}", std::process::id()));
        std::fs::write(&path, executable("x86_64").unwrap()).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        let mut child = std::process::Command::new(&path).spawn().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(200));
        assert!(child.try_wait().unwrap().is_none(), "it is still running");
        child.kill().unwrap();
        child.wait().unwrap();
        let _ = std::fs::remove_file(&path);
    }
}
