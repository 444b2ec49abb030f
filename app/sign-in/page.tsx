import { SignInCard } from '@/components/sign-in/sign-in-card';
import { pageMetadata } from '@/lib/i18n/server';
import { safeNextPath } from '@/lib/session-client/next-path';

export const generateMetadata = () => pageMetadata('signIn.title');

/** Sign-in page; `?next=` (checked to be a path on this console) is where a successful sign-in goes. */
export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  return <SignInCard next={safeNextPath(Array.isArray(next) ? next[0] : next)} />;
}
