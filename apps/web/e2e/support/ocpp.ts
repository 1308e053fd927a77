import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import type { Socket } from 'node:net';

/**
 * A bare OCPP 1.6-J charge point for e2e: a real WebSocket over TCP (HTTP upgrade with Basic auth and the `ocpp1.6`
 * subprotocol), sending CALLs and reading their CALLRESULTs. Node 20 has no WebSocket client, so the few frames it
 * needs are framed here (client frames masked, RFC 6455); server CALLs are not expected and not answered.
 */
export class OcppChargePoint {
  private buffer = Buffer.alloc(0);
  private waiters: ((frame: string) => void)[] = [];
  private nextId = 1;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.drain();
    });
  }

  /** Connects to `url` (ws://host:port/ocpp/ID) as `id` with its authorization key. */
  static connect(url: string, id: string, key: string): Promise<OcppChargePoint> {
    const target = new URL(url.replace(/^ws/, 'http'));
    return new Promise((resolve, reject) => {
      const req = httpRequest(target, {
        headers: {
          Connection: 'Upgrade',
          Upgrade: 'websocket',
          'Sec-WebSocket-Version': '13',
          'Sec-WebSocket-Key': randomBytes(16).toString('base64'),
          'Sec-WebSocket-Protocol': 'ocpp1.6',
          Authorization: `Basic ${Buffer.from(`${id}:${key}`).toString('base64')}`,
        },
      });
      req.on('upgrade', (res, socket) =>
        res.headers['sec-websocket-protocol'] === 'ocpp1.6' ? resolve(new OcppChargePoint(socket)) : reject(new Error('no ocpp1.6 subprotocol')),
      );
      req.on('response', (res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
      req.on('error', reject);
      req.end();
    });
  }

  /** Sends `[2, id, action, payload]` and resolves with the answer's payload (a CALLERROR rejects). */
  async call(action: string, payload: object): Promise<unknown> {
    const id = `e2e-${this.nextId++}`;
    const answer = new Promise<string>((resolve) => this.waiters.push(resolve));
    this.send(JSON.stringify([2, id, action, payload]));
    const frame = JSON.parse(await answer) as unknown[];
    if (frame[0] !== 3 || frame[1] !== id) throw new Error(`${action} answered ${JSON.stringify(frame)}`);
    return frame[2];
  }

  close() {
    this.socket.destroy();
  }

  private send(text: string) {
    const data = Buffer.from(text);
    const mask = randomBytes(4);
    const header = data.length < 126 ? Buffer.from([0x81, 0x80 | data.length]) : Buffer.from([0x81, 0x80 | 126, data.length >> 8, data.length & 0xff]);
    const masked = Buffer.from(data.map((b, i) => b ^ mask[i % 4]));
    this.socket.write(Buffer.concat([header, mask, masked]));
  }

  /** Unmasked server text frames (< 64 KiB, unfragmented: OCPP answers are small). */
  private drain() {
    while (this.buffer.length >= 2) {
      const short = this.buffer[1] & 0x7f;
      const offset = short === 126 ? 4 : 2;
      const length = short === 126 ? this.buffer.readUInt16BE(2) : short;
      if (this.buffer.length < offset + length) return;
      const opcode = this.buffer[0] & 0x0f;
      const text = this.buffer.subarray(offset, offset + length).toString('utf8');
      this.buffer = this.buffer.subarray(offset + length);
      if (opcode === 0x1) this.waiters.shift()?.(text);
    }
  }
}
