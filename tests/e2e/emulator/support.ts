import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type APIRequestContext, expect, type Locator, type Page, test } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { type ControlAction, controlOk, createSession } from "../support/gateway";

/**
 * Helpers for the emulator's browser tests: sessions are created over HTTP with the gateway API, as an integrator
 * would; QR codes are read from screenshots; small 127.0.0.1 servers stand in for the integrator's return page and
 * its app2app endpoint.
 */

export interface CreateOptions {
  returnUrl: string;
  methods?: ("smartid" | "mobile" | "smartcard")[];
  qrFlow?: boolean;
  app2appUrl?: string;
  code?: string;
  countryCode?: string;
  phone?: string;
  supportedResidencies?: string[];
}

export interface HostedSession {
  token: string;
  url: string;
}

/** A session as a test of the hosted page wants it (Smart-ID only and the QR flow unless said otherwise). */
export async function createHostedSession(request: APIRequestContext, options: CreateOptions): Promise<HostedSession> {
  const created = await createSession(request, {
    return_url: options.returnUrl,
    authentication_methods: options.methods ?? ["smartid"],
    smartid_qr_flow: options.qrFlow ?? true,
    ...(options.app2appUrl ? { app2app_url: options.app2appUrl } : {}),
    ...(options.code ? { code: options.code } : {}),
    ...(options.countryCode ? { country_code: options.countryCode } : {}),
    ...(options.phone ? { phone: options.phone } : {}),
    ...(options.supportedResidencies ? { supported_residencies: options.supportedResidencies } : {}),
  });
  return { token: created.session_token, url: created.url };
}

export { gatewayStatus } from "../support/gateway";

/** A test-control call that must succeed. */
export function testControl(
  request: APIRequestContext,
  token: string,
  action: ControlAction,
  data?: Record<string, unknown>,
) {
  return controlOk(request, token, action, data);
}

/** Reads the QR code on screen from a screenshot of its element. */
export async function decodeQr(qr: Locator): Promise<string> {
  const png = PNG.sync.read(await qr.screenshot());
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!decoded) throw new Error("no QR code could be read from the screenshot");
  return decoded.data;
}

export function linkParameter(link: string, name: string): string | null {
  return new URL(link).searchParams.get(name);
}

/** A tiny local web server that records the requests it gets and answers each with `handler`. */
export class LocalServer {
  readonly requests: URL[] = [];
  private server?: Server;
  origin = "";

  constructor(
    private readonly handler: (url: URL) => { status: number; headers?: Record<string, string>; body?: string },
  ) {}

  async start(): Promise<this> {
    this.server = createServer((req: IncomingMessage, res) => {
      const url = new URL(req.url ?? "/", this.origin);
      this.requests.push(url);
      const answer = this.handler(url);
      res.writeHead(answer.status, { "content-type": "text/html; charset=utf-8", ...answer.headers });
      res.end(answer.body ?? "");
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    const { port } = this.server.address() as AddressInfo;
    this.origin = `http://127.0.0.1:${port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** The integrator's return page: says where the browser arrived. */
export function returnPageServer(): LocalServer {
  return new LocalServer((url) => ({
    status: 200,
    body: `<!doctype html><html lang="en"><title>Returned</title><h1>Back at the integrator</h1><p>${url.search.replace(/[<>&]/g, "")}</p></html>`,
  }));
}

/**
 * The integrator's return page for the tests of one file (or describe block): started before them, stopped after.
 * `url` is its address with `pathAndQuery`, known once it has started, so it is read inside a test.
 */
export function returnPageForTheseTests(pathAndQuery: string): { readonly url: string } {
  let server: LocalServer | undefined;
  test.beforeAll(async () => {
    server = await returnPageServer().start();
  });
  test.afterAll(async () => server?.stop());
  return {
    get url() {
      if (!server) throw new Error("the return page is read before it started");
      return `${server.origin}${pathAndQuery}`;
    },
  };
}

/** An expectation that the page arrived at the return page with exactly `session_token` added. */
export async function expectReturned(page: Page, returnUrl: string, token: string) {
  await expect(page).toHaveURL(`${returnUrl}${returnUrl.includes("?") ? "&" : "?"}session_token=${token}`, {
    timeout: 15_000,
  });
}

/** In the virtual Smart-ID app: choose a demo account by its identifier's national code and country, PIN, confirm. */
export async function confirmInApp(app: Page, country: string, nationalCode: string) {
  await expect(app.getByRole("heading", { name: /^Log in to / })).toBeVisible();
  await app.getByRole("radio", { name: new RegExp(`· ${country} · ${nationalCode}$`) }).check();
  await app.getByLabel("PIN1").fill("12345");
  await app.getByRole("button", { name: "Confirm" }).click();
}
