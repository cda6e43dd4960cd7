/**
 * The attackers of the relay-attack bench, in a worker thread of the bench (built as
 * out/bench/relay-load.js) so the thread that times the correct phone, the unrelated requests
 * and the saves is not the one flooding. Everything is on loopback: each attacking device has
 * an address of its own in 127.0.0.0/8. Meanwhile it keeps the facilitator's window going: a
 * loop of watchWorkshop calls, as the renderer makes them.
 *
 * Messages: { kind: 'start', scenario } starts one attack, { kind: 'stop' } ends it and is
 * answered with its counters; { kind: 'end' } stops everything.
 */
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';
import { WebSocket } from 'ws';
import { participantEdits, readRoom } from '../../shared/workshop/model';
import { newPhoneSecret } from '../../shared/workshop/phone-secret';
import { encodeHello, PROTOCOL_VERSION, socketPath } from '../../shared/workshop/protocol';
import { deviceAddress, Phone } from '../helpers/workshop-clients';
import { previewApi } from './preview-api';
import type { LoadCommand, LoadReply, RelayLoadData, Scenario } from './relay-load-protocol';

const HOST = '127.0.0.1';
const { previewUrl, port, code } = workerData as RelayLoadData;
const call = previewApi(previewUrl);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Device numbers per attack, apart from the bench's correct phones (5000+). */
const DEVICES = { idle: 1000, guess: 1600, mint: 1700, flood: 2000 } as const;

interface Attack {
  counters: Record<string, number>;
  stop(): Promise<void>;
}
const count = (counters: Record<string, number>, key: string, by = 1) => {
  counters[key] = (counters[key] ?? 0) + by;
};

/** 500 connections from 100 devices (5 each) that never send a byte; each one dropped is opened again 250 ms later. */
function idleSockets(): Attack {
  const counters: Record<string, number> = {};
  const held = new Set<Socket>();
  let running = true;
  const open = (device: number) => {
    if (!running) return;
    const socket = connect({ host: HOST, port, localAddress: deviceAddress(DEVICES.idle + device) });
    held.add(socket);
    count(counters, 'opened');
    socket.on('error', () => undefined);
    socket.on('close', () => {
      held.delete(socket);
      if (!running) return;
      count(counters, 'dropped by the relay');
      setTimeout(() => open(device), 250);
    });
  };
  for (let i = 0; i < 500; i += 1) open(i % 100);
  return {
    counters,
    async stop() {
      running = false;
      for (const socket of held) socket.destroy();
    },
  };
}

/** 100 wrong room codes a second from 20 devices (5 a second each), each on a connection of its own. */
function wrongCodes(): Attack {
  const counters: Record<string, number> = {};
  const wrong = code === '222222' ? '333333' : '222222';
  let n = 0;
  const timer = setInterval(() => {
    const device = DEVICES.guess + (n % 20);
    n += 1;
    request({ host: HOST, port, path: `/w/${wrong}`, localAddress: deviceAddress(device), agent: false }, (response) => {
      count(counters, `answered ${response.statusCode}`);
      response.resume();
    }).on('error', () => count(counters, 'connection refused')).end();
  }, 10);
  return { counters, stop: async () => clearInterval(timer) };
}

/** One device with the code asking for new participants as fast as it is answered, holding every socket it gets. */
function minting(): Attack {
  const counters: Record<string, number> = {};
  const sockets: WebSocket[] = [];
  let running = true;
  const once = () => new Promise<void>((done) => {
    const ws = new WebSocket(`ws://${HOST}:${port}${socketPath(code)}`, { localAddress: deviceAddress(DEVICES.mint) });
    sockets.push(ws);
    ws.on('open', () => ws.send(encodeHello({ version: PROTOCOL_VERSION, participantId: '', secret: newPhoneSecret() })));
    // The welcome is the first message a new participant gets.
    ws.once('message', () => {
      count(counters, 'participants made');
      done();
    });
    ws.on('close', (closeCode, reason) => {
      count(counters, `refused: ${reason.toString() || closeCode}`);
      done();
    });
    ws.on('unexpected-response', (_request, response) => {
      count(counters, `refused: HTTP ${response.statusCode}`);
      done();
    });
    ws.on('error', () => done());
  });
  const loop = (async () => {
    while (running) {
      await once();
      await sleep(5);
    }
  })();
  return {
    counters,
    async stop() {
      running = false;
      await loop;
      for (const ws of sockets) ws.terminate();
    },
  };
}

/** 64 phones, each a device of its own, each making 20 valid edits a second: notes, ratings, votes. */
async function flood(): Promise<Attack> {
  const counters: Record<string, number> = {};
  const url = `ws://${HOST}:${port}${socketPath(code)}`;
  const phones = await Promise.all(Array.from({ length: 64 }, (_, i) => Phone.join(url, { localAddress: deviceAddress(DEVICES.flood + i) })));
  // What each phone knows of the room and of itself, kept here: the edits cost the attacker little.
  const room = readRoom(phones[0]!.client.room);
  const started = performance.now();
  const timers = phones.map((phone, index) => {
    const notes: string[] = [];
    const votes = new Map<string, number>();
    return setInterval(() => {
      const own = phone.client.own;
      const stage = room.stages[Math.floor(Math.random() * room.stages.length)]!;
      const roll = Math.random();
      if (roll < 0.4) {
        if (notes.length < 8) notes.push(participantEdits.addNote(own, { stageId: stage.id, lane: 'painPoints', text: `Phone ${index}: the queue at the till` }));
        else participantEdits.editNote(own, notes[Math.floor(Math.random() * notes.length)]!, { text: `Phone ${index}: edited ${Date.now()}` });
      } else if (roll < 0.7 || room.targets.length === 0) {
        participantEdits.setRating(own, stage.id, Math.floor(Math.random() * 5) - 2);
      } else {
        const used = [...votes.values()].reduce((sum, n) => sum + n, 0);
        const target = room.targets[Math.floor(Math.random() * room.targets.length)]!;
        const count = Math.max(0, (votes.get(target.id) ?? 0) + (used < room.voteBudget ? 1 : -1));
        votes.set(target.id, count);
        participantEdits.setVotes(own, target.id, count);
      }
      count(counters, 'edits sent');
    }, 50);
  });
  return {
    counters,
    async stop() {
      for (const timer of timers) clearInterval(timer);
      // What this machine let the attackers make of the 64 x 20 asked.
      count(counters, 'edits a second', Math.round((counters['edits sent'] ?? 0) / ((performance.now() - started) / 1000)));
      for (const phone of phones) {
        for (const error of phone.errors) count(counters, `refused: ${error.code}`);
        if (phone.client.status === 'closed') count(counters, `closed: ${phone.client.closedBy}`);
        phone.leave();
      }
    },
  };
}

/** The facilitator's window: watchWorkshop again as soon as it answers, as the renderer does. */
function facilitatorWindow(stopped: () => boolean) {
  const counters = { answers: 0, failures: 0 };
  void (async () => {
    let after = -1;
    while (!stopped()) {
      try {
        const snapshot = await call<{ revision: number } | null>('watchWorkshop', { after, waitMs: after === -1 ? 0 : 20_000 });
        if (snapshot === null) return;
        after = snapshot.revision;
        counters.answers += 1;
      } catch {
        counters.failures += 1;
        await sleep(1000);
      }
    }
  })();
  return counters;
}

let ended = false;
const facilitator = facilitatorWindow(() => ended);
let current: { scenario: Scenario; attack: Attack | null } | null = null;
const post = (reply: LoadReply) => parentPort?.postMessage(reply);

parentPort?.on('message', (command: LoadCommand) => {
  void (async () => {
    if (command.kind === 'start') {
      const { scenario } = command;
      const attack = scenario === 'baseline' ? null
        : scenario === 'idle-sockets' ? idleSockets()
        : scenario === 'wrong-codes' ? wrongCodes()
        : scenario === 'minting' ? minting()
        : await flood();
      current = { scenario, attack };
      post({ kind: 'started', scenario });
    } else if (command.kind === 'stop' && current) {
      const { scenario, attack } = current;
      current = null;
      await attack?.stop();
      post({ kind: 'stopped', scenario, counters: { ...attack?.counters, 'facilitator watch answers': facilitator.answers, 'facilitator watch failures': facilitator.failures } });
      facilitator.answers = 0;
      facilitator.failures = 0;
    } else if (command.kind === 'end') {
      ended = true;
      await current?.attack?.stop();
      process.exit(0);
    }
  })().catch((error: unknown) => {
    // Not a hang: thrown outside the promise, it ends the thread, and the bench's ask() fails with it.
    setImmediate(() => {
      throw error;
    });
  });
});
