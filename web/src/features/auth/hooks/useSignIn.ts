import { useApolloClient, useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";

const SignInMutation = graphql(`
  mutation SignIn($input: LoginInput!) {
    login(input: $input) {
      user {
        id
      }
    }
  }
`);

/** Credentials for {@link useSignIn}. */
export interface Credentials {
  email: string;
  password: string;
}

/**
 * Signs in with email and password. The API sets the HttpOnly session cookie; the cache is cleared so
 * nothing from an earlier session is shown. `signIn` rejects with the API's error on wrong credentials.
 */
export function useSignIn() {
  const client = useApolloClient();
  const [login, { loading }] = useMutation(SignInMutation);

  async function signIn({ email, password }: Credentials): Promise<void> {
    await login({ variables: { input: { email: email.trim(), password } } });
    await client.clearStore();
  }

  return { signIn, isSigningIn: loading };
}
