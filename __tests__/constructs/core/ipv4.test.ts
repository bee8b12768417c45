import { formatIpv4, inSpan, parseCidr, parseIpv4, spansOverlap } from "../../../constructs/lib/core/ipv4";

describe("ipv4", () => {
  test("parses and formats dotted quads", () => {
    expect(parseIpv4("192.168.1.143")).toBe(0xc0a8018f);
    expect(formatIpv4(0xc0a8018f)).toBe("192.168.1.143");
    expect(formatIpv4(parseIpv4("255.255.255.255")!)).toBe("255.255.255.255");
  });

  test.each(["256.1.1.1", "1.2.3", "01.2.3.4", "a.b.c.d", "1.2.3.4 "])("rejects %p", (text) => {
    expect(parseIpv4(text)).toBeUndefined();
  });

  test("parses CIDRs and reports the canonical network", () => {
    expect(parseCidr("192.168.1.0/24")).toMatchObject({ prefix: 24, canonical: "192.168.1.0/24" });
    expect(parseCidr("10.0.250.0/20")?.canonical).toBe("10.0.240.0/20");
    expect(parseCidr("0.0.0.0/0")).toMatchObject({ first: 0, last: 0xffffffff });
    expect(parseCidr("10.0.0.0/33")).toBeUndefined();
    expect(parseCidr("10.0.0.0")).toBeUndefined();
  });

  test("spans", () => {
    const net = parseCidr("10.0.0.0/30")!;
    expect(inSpan(parseIpv4("10.0.0.3")!, net)).toBe(true);
    expect(inSpan(parseIpv4("10.0.0.4")!, net)).toBe(false);
    expect(spansOverlap({ first: 1, last: 5 }, { first: 5, last: 9 })).toBe(true);
    expect(spansOverlap({ first: 1, last: 4 }, { first: 5, last: 9 })).toBe(false);
  });
});
