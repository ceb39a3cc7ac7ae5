import { describe, expect, it } from 'vitest';
import { anonymous } from '@/lib/access/actor';
import { PDF_BYTES, PNG_BYTES, stageBytes, withTempFilesDir } from '@/lib/testing/file-fixtures';
import { freshIp, makeUser } from '@/lib/testing/fixtures';
import { sniffType } from './sniff';

withTempFilesDir();

const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)]);
const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0'), Buffer.alloc(100)]);

describe('finding a file’s type from its content', () => {
  it.each([
    [PNG_BYTES, 'photo.jpg', 'image/png'],
    [PDF_BYTES, 'scan', 'application/pdf'],
    ['<!doctype html><p>hi', 'invoice.png', 'text/html'],
    ['  <html><script>alert(1)</script>', 'notes.txt', 'text/html'],
    ['<svg xmlns="http://www.w3.org/2000/svg"/>', 'logo.png', 'image/svg+xml'],
    ['order,qty\nlamp,1\n', 'orders.csv', 'text/csv'],
    ['just words', 'readme', 'text/plain'],
    [Buffer.from([1, 0, 2, 0, 3]), 'blob.dat', 'application/octet-stream'],
  ])('reads %#: %s named %s as %s', async (bytes, name, type) => {
    expect(await sniffType(Buffer.from(bytes), name)).toEqual({ contentType: type, refused: false });
  });

  it.each([
    [exe, 'setup.pdf'],
    [elf, 'picture.png'],
    ['#!/bin/sh\nrm -rf ~', 'tidy.txt'],
    ['echo hi', 'run.bat'],
    ['alert(1)', 'app.js'],
  ])('refuses program or script %#', async (bytes, name) => {
    expect((await sniffType(Buffer.from(bytes), name)).refused).toBe(true);
  });

  it('answers 415 to an executable upload and keeps nothing', async () => {
    const customer = await makeUser('customer');
    await expect(stageBytes(customer, exe, 'invoice.pdf')).rejects.toMatchObject({ code: 'unsupported_media_type', status: 415 });
    await expect(stageBytes(anonymous, elf, 'tool', freshIp())).rejects.toMatchObject({ status: 415 });
  });
});
