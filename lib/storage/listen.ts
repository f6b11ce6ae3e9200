// A connection that LISTENs on one PostgreSQL channel and stays open: every notification is handed on, and a
// connection lost (the database restarted, the network cut) is opened again a second later. Notifications sent
// while it was closed are lost, so `onConnect` is called each time it is (re)opened: the listener then looks
// for itself at what it may have missed. The store follows every server's writes with one (channel
// `dateline_corpus`), the ingest workers wake on new jobs with another (`dateline_jobs`).
import pg from 'pg';

export interface ListenOptions {
  /** A notification on the channel, with its payload. */
  onNotify: (payload: string) => void;
  /** Called once the channel is listened to, at first and again after each reconnection. */
  onConnect?: () => void;
  /** Waiting longer for the connection counts as lost (then tried again). */
  connectTimeoutMs?: number;
  /** The wait before opening a lost connection again (default 1,000 ms). */
  retryMs?: number;
  application_name?: string;
}

/** A channel's name as PostgreSQL takes it unquoted: LISTEN takes no parameter. */
const CHANNEL_NAME = /^[a-z_][a-z0-9_]*$/;

export class ChannelListener {
  private client: pg.Client | null = null;
  private retry: NodeJS.Timeout | null = null;
  private closed = false;
  private opening: Promise<void> | null = null;

  constructor(
    readonly url: string,
    readonly channel: string,
    private readonly opts: ListenOptions,
  ) {
    if (!CHANNEL_NAME.test(channel)) throw new Error(`not a channel name: ${channel}`);
  }

  /** Opens the connection (in the background when lost later); resolves once the first attempt is over. */
  start(): Promise<void> {
    this.opening ??= this.open();
    return this.opening;
  }

  /** Whether the channel is listened to now. */
  get listening(): boolean {
    return this.client !== null;
  }

  private async open(): Promise<void> {
    if (this.closed || this.client) return;
    const c = new pg.Client({
      connectionString: this.url,
      connectionTimeoutMillis: this.opts.connectTimeoutMs ?? 5_000,
      application_name: this.opts.application_name ?? 'dateline-listen',
    });
    let gone = false;
    const lost = () => {
      if (gone) return;
      gone = true;
      if (this.client === c) this.client = null;
      c.removeAllListeners('notification');
      c.end().catch(() => undefined);
      this.again();
    };
    c.on('error', lost);
    c.on('end', lost);
    c.on('notification', (m) => {
      if (m.channel === this.channel && !this.closed) this.opts.onNotify(m.payload ?? '');
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${this.channel}`);
    } catch {
      lost();
      return;
    }
    if (this.closed || gone) {
      c.removeAllListeners();
      c.on('error', () => undefined);
      await c.end().catch(() => undefined);
      return;
    }
    this.client = c;
    this.opts.onConnect?.();
  }

  private again() {
    if (this.closed || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      this.opening = this.open();
    }, this.opts.retryMs ?? 1_000);
    this.retry.unref();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    await this.opening?.catch(() => undefined);
    const c = this.client;
    this.client = null;
    if (!c) return;
    c.removeAllListeners();
    c.on('error', () => undefined);
    await c.end().catch(() => undefined);
  }
}
