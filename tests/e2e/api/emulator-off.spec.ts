import { expect, test } from "@playwright/test";
import { accessToken, offUrl } from "../support/servers";

/** With EMULATOR=off, the emulator does not exist: every /emulator path is a 404, whatever the method or token. */

const token = `access_token=${accessToken}`;

test("the gateway API answers 404", async ({ request }) => {
  const create = await request.post(`${offUrl}/emulator/api/authentication/create?${token}`, {
    data: { return_url: "https://a.example" },
  });
  expect(create.status()).toBe(404);
  expect((await request.get(`${offUrl}/emulator/api/authentication/${"a".repeat(64)}/status?${token}`)).status()).toBe(
    404,
  );
});

test("test control answers 404", async ({ request }) => {
  expect((await request.get(`${offUrl}/emulator/test/identities?${token}`)).status()).toBe(404);
  expect((await request.get(`${offUrl}/emulator/test/faults?${token}`)).status()).toBe(404);
  expect(
    (await request.post(`${offUrl}/emulator/test/faults?${token}`, { data: { endpoint: "*", fault: "500" } })).status(),
  ).toBe(404);
  expect((await request.post(`${offUrl}/emulator/test/sessions/${"a".repeat(64)}/cancel?${token}`)).status()).toBe(404);
});

test("pages answer 404", async ({ request }) => {
  expect((await request.get(`${offUrl}/emulator`)).status()).toBe(404);
  expect((await request.get(`${offUrl}/emulator/auth/${"a".repeat(64)}`)).status()).toBe(404);
});
