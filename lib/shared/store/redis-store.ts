import { createHash } from "node:crypto";
import { createClient, type RedisClientType } from "@redis/client";
import {
  type Change,
  checkTtl,
  isStoreUnavailable,
  type Json,
  type StateStore,
  StoreUnavailableError,
} from "./state-store";

/**
 * The shared backend: several instances of the portal and the emulator on one Redis. Expiry is Redis's own (PX
 * TTLs); every read-modify-write is one Lua script, so races between instances resolve inside Redis to exactly one
 * outcome. A lost connection never hangs a request: commands fail at once while the client reconnects in the
 * background (no offline queue), each command has a deadline, and both come back as StoreUnavailableError — a 503
 * for the caller. When Redis is back, the next request works; nothing needs a restart.
 */

export interface RedisStoreOptions {
  url: string;
  /** Every key starts with this (REDIS_PREFIX), so several deployments can share one Redis. */
  prefix: string;
  /** Deadline of one command. */
  commandTimeoutMs?: number;
  /** How many times an `update` re-reads after losing a race before it gives up. */
  maxUpdateAttempts?: number;
  log?: (line: string) => void;
}

/** Compare-and-set on the exact JSON text that was read ('' = the key was absent). */
const COMPARE_AND_SET = `
local current = redis.call('GET', KEYS[1])
if current == false then current = '' end
if current ~= ARGV[1] then return 0 end
if ARGV[2] == 'del' then redis.call('DEL', KEYS[1]) else redis.call('SET', KEYS[1], ARGV[3], 'PX', ARGV[4]) end
return 1`;

/** A fixed window: the first hit starts it, later hits count within it. */
const INCREMENT = `
local n = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {n, ttl}`;

/** Redis's own clock, so that instances with skewed clocks agree on what has expired. */
const NOW = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;

const ADMIT = `${NOW}
local capacity = tonumber(ARGV[3])
if redis.call('ZSCORE', KEYS[1], ARGV[1]) == false and redis.call('ZCARD', KEYS[1]) >= capacity then
  redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
  if redis.call('ZCARD', KEYS[1]) >= capacity then return 0 end
end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[1])
if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[2]) then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 1`;

const COUNT = `${NOW}
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
return redis.call('ZCARD', KEYS[1])`;

interface Script {
  text: string;
  sha: string;
}

export class RedisStateStore implements StateStore {
  private readonly client: RedisClientType;
  private readonly prefix: string;
  private readonly maxUpdateAttempts: number;
  private readonly scripts: Record<"cas" | "increment" | "admit" | "count", Script>;
  private connected = false;
  private connecting: Promise<void> | undefined;

  constructor(options: RedisStoreOptions) {
    this.prefix = options.prefix;
    this.maxUpdateAttempts = options.maxUpdateAttempts ?? 50;
    const log = options.log ?? ((line: string) => console.warn(line));
    this.client = createClient({
      url: options.url,
      disableOfflineQueue: true,
      commandOptions: { timeout: options.commandTimeoutMs ?? 2000 },
      socket: {
        connectTimeout: 2000,
        // Keep trying for ever, never more than 2 s apart: Redis coming back is noticed without a restart.
        reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, 2000),
      },
    }) as RedisClientType;
    // An error event without a listener would end the process; one line per change of state, never the URL.
    this.client.on("error", () => {
      if (this.connected) log("[store] lost the connection to Redis; requests answer 503 until it is back");
      this.connected = false;
    });
    this.client.on("ready", () => {
      if (!this.connected) log("[store] connected to Redis");
      this.connected = true;
    });
    this.scripts = {
      cas: script(COMPARE_AND_SET),
      increment: script(INCREMENT),
      admit: script(ADMIT),
      count: script(COUNT),
    };
  }

  /**
   * Connects and checks with PING; rejects when Redis cannot be reached within `timeoutMs`. Every caller waits for the
   * one connection: the process's first use of the store starts it and start-up's check comes right after, while it
   * is not ready yet — a PING then, with no offline queue, would be refused at once.
   */
  async connect(timeoutMs = 3000): Promise<void> {
    // The client's connect() resolves once it is ready, retrying by itself until then.
    this.connecting ??= this.client.connect().then(() => undefined);
    const connecting = this.connecting;
    connecting.catch(() => undefined);
    const deadline = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new StoreUnavailableError("Redis did not answer")), timeoutMs).unref(),
    );
    await Promise.race([connecting.then(() => this.client.ping()), deadline]);
  }

  async close(): Promise<void> {
    if (this.client.isOpen) await this.client.close();
  }

  async get<T extends Json>(key: string): Promise<T | undefined> {
    const text = await this.run(() => this.client.get(this.key(key)));
    return text === null ? undefined : (JSON.parse(text) as T);
  }

  async put(key: string, value: Json, ttlMs: number): Promise<void> {
    const ttl = checkTtl(ttlMs);
    await this.run(() =>
      this.client.set(this.key(key), JSON.stringify(value), { expiration: { type: "PX", value: ttl } }),
    );
  }

  async putIfAbsent(key: string, value: Json, ttlMs: number): Promise<boolean> {
    const ttl = checkTtl(ttlMs);
    const answer = await this.run(() =>
      this.client.set(this.key(key), JSON.stringify(value), {
        expiration: { type: "PX", value: ttl },
        condition: "NX",
      }),
    );
    return answer === "OK";
  }

  async update<T extends Json, R>(key: string, change: (current: T | undefined) => Change<T, R>): Promise<R> {
    const fullKey = this.key(key);
    for (let attempt = 0; attempt < this.maxUpdateAttempts; attempt++) {
      const text = await this.run(() => this.client.get(fullKey));
      const decision = change(text === null ? undefined : (JSON.parse(text) as T));
      let args: string[];
      if ("set" in decision) args = [text ?? "", "set", JSON.stringify(decision.set), String(checkTtl(decision.ttlMs))];
      else if ("remove" in decision) args = [text ?? "", "del", "", "0"];
      else return decision.result;
      const applied = await this.evaluate(this.scripts.cas, [fullKey], args);
      if (applied === 1) return decision.result;
      // Lost the race: back off a random moment, growing, so that racers stop colliding in lockstep.
      await sleep(Math.random() * Math.min(2 ** attempt, 50));
    }
    throw new StoreUnavailableError("too many concurrent writers on one key");
  }

  async delete(key: string): Promise<boolean> {
    return (await this.run(() => this.client.del(this.key(key)))) > 0;
  }

  async increment(key: string, windowMs: number): Promise<{ count: number; resetInMs: number }> {
    const reply = (await this.evaluate(this.scripts.increment, [this.key(key)], [String(checkTtl(windowMs))])) as [
      number,
      number,
    ];
    return { count: Number(reply[0]), resetInMs: Number(reply[1]) };
  }

  async admit(setKey: string, member: string, ttlMs: number, capacity: number): Promise<boolean> {
    const reply = await this.evaluate(
      this.scripts.admit,
      [this.key(setKey)],
      [member, String(checkTtl(ttlMs)), String(capacity)],
    );
    return reply === 1;
  }

  async dismiss(setKey: string, member: string): Promise<void> {
    await this.run(() => this.client.zRem(this.key(setKey), member));
  }

  async count(setKey: string): Promise<number> {
    return Number(await this.evaluate(this.scripts.count, [this.key(setKey)], []));
  }

  private key(key: string): string {
    return `${this.prefix}${key}`;
  }

  /** EVALSHA, loading the script with EVAL the first time this Redis sees it (or after it was flushed). */
  private async evaluate(script: Script, keys: string[], args: string[]): Promise<unknown> {
    const tail = [String(keys.length), ...keys, ...args];
    try {
      return await this.client.sendCommand(["EVALSHA", script.sha, ...tail]);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith("NOSCRIPT")) throw unavailable(error);
    }
    return this.run(() => this.client.sendCommand(["EVAL", script.text, ...tail]));
  }

  private async run<T>(command: () => Promise<T>): Promise<T> {
    try {
      return await command();
    } catch (error) {
      throw unavailable(error);
    }
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function script(text: string): Script {
  const sha = createHash("sha1").update(text).digest("hex");
  return { text, sha };
}

function unavailable(error: unknown): StoreUnavailableError {
  if (isStoreUnavailable(error)) return error;
  // The client's messages name the failure (closed, timeout, refused), never the URL or its password.
  const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
  return new StoreUnavailableError(`Redis: ${reason}`);
}
