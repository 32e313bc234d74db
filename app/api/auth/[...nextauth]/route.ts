import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { isSecureRequest } from "@/lib/throttle/client-address";

type Context = { params: Promise<{ nextauth: string[] }> };

function handler(request: Request, context: Context) {
  return NextAuth(request as never, context as never, authOptions(isSecureRequest(request.headers)));
}

export { handler as GET, handler as POST };
