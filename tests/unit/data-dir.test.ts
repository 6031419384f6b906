import { describe, expect, it } from 'vitest';
import { dataDirProblem, networkFilesystemName } from '../../electron/core/kernel/data-dir';

describe('the data dir must be on a local disk (SQLite WAL does not work over a network filesystem)', () => {
  it('recognises network filesystems by their statfs type', () => {
    expect(networkFilesystemName(0x6969)).toBe('NFS');
    expect(networkFilesystemName(0xff534d42)).toBe('CIFS');
    expect(networkFilesystemName(-0xacb2be)).toBe('CIFS'); // the same magic read as a signed 32-bit integer
    expect(networkFilesystemName(0xef53)).toBeNull(); // ext4
  });

  it('refuses a Windows UNC path and a relative path, with a Chinese reason', () => {
    expect(dataDirProblem('\\\\server\\share\\xinan', 'win32')).toContain('网络共享');
    expect(dataDirProblem('//server/share/xinan', 'win32')).toContain('网络共享');
    expect(dataDirProblem('relative/dir', 'linux')).toContain('绝对路径');
    expect(dataDirProblem('/tmp', 'linux')).toBeNull();
  });
});
