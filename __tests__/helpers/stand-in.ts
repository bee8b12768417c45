/**
 * The end every stand-in server of the tests shares, as Python (the tests run their stand-ins with
 * the system's python3): the handler's JSON `answer` and silent `log_message`, the server on
 * 127.0.0.1 (`port`, 0 for any free one), with TLS from `cert`/`key` when given, printing its port and
 * serving until it is killed (each stand-in's own `signal.alarm` ends it otherwise). Append it to a
 * program whose last statement opens `class Api(http.server.BaseHTTPRequestHandler):` methods, and
 * which imports `http.server`, `json` (and `ssl` for TLS).
 */
export function standInServerTail(
  options: { readonly port?: number | string; readonly tls?: { readonly cert: string; readonly key: string } } = {},
): string {
  const tls = options.tls
    ? "context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)\n" +
      `context.load_cert_chain("${options.tls.cert}", "${options.tls.key}")\n` +
      "server.socket = context.wrap_socket(server.socket, server_side=True)\n"
    : "";
  return `    def answer(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
    def log_message(self, *args):
        pass
server = http.server.HTTPServer(("127.0.0.1", ${options.port ?? 0}), Api)
${tls}print(server.server_address[1], flush=True)
server.serve_forever()
`;
}
