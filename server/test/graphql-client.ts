/** One GraphQL response as a test sees it. */
export interface GraphQLResponse<TData = Record<string, any>> {
  status: number;
  headers: Headers;
  data: TData | null;
  errors: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, any> }> | undefined;
  extensions: Record<string, any> | undefined;
}

/**
 * A GraphQL-over-HTTP client with a cookie jar, so tests sign in and call the API exactly as the SPA does
 * (session cookie) or as an integrator does (`useApiKey`).
 */
export class GraphQLTestClient {
  private cookies = new Map<string, string>();
  private bearer: string | null = null;

  constructor(readonly url: string) {}

  /** Sends credentials as an integrator would: `Authorization: Bearer <key>`, no cookies. */
  useApiKey(secret: string): this {
    this.bearer = secret;
    this.cookies.clear();
    return this;
  }

  /** The value of a cookie the server set, if any. */
  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  /** The Cookie header this client sends (for requests made without it, e.g. GETs). */
  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  /** Runs an operation and returns the parsed response whatever its status. */
  async request<TData = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<TData>> {
    const response = await fetch(this.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json, application/json",
        ...(this.cookies.size > 0 ? { cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ") } : {}),
        ...(this.bearer ? { authorization: `Bearer ${this.bearer}` } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(";");
      const separator = pair.indexOf("=");
      const name = pair.slice(0, separator);
      const value = pair.slice(separator + 1);
      if (value === "" || /max-age=0/i.test(header)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await response.text();
    let body: { data?: TData | null; errors?: GraphQLResponse["errors"]; extensions?: Record<string, any> } = {};
    try {
      body = JSON.parse(text);
    } catch {
      throw new Error(`Non-JSON response ${response.status}: ${text.slice(0, 500)}`);
    }
    return { status: response.status, headers: response.headers, data: body.data ?? null, errors: body.errors, extensions: body.extensions };
  }

  /** Runs an operation that must succeed and returns its data; fails the test with the errors otherwise. */
  async expectData<TData = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<TData> {
    const response = await this.request<TData>(query, variables);
    if (response.errors?.length || !response.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(response.errors, null, 2)}`);
    }
    return response.data;
  }

  /** Runs an operation that must fail and returns its first error. */
  async expectError(query: string, variables?: Record<string, unknown>): Promise<NonNullable<GraphQLResponse["errors"]>[number]> {
    const response = await this.request(query, variables);
    if (!response.errors?.length) throw new Error(`Expected an error, got ${JSON.stringify(response.data)}`);
    return response.errors[0];
  }

  /** Signs in with email and password (session cookie). */
  async login(email: string, password: string): Promise<void> {
    await this.expectData(`mutation ($input: LoginInput!) { login(input: $input) { user { id } } }`, { input: { email, password } });
  }
}
