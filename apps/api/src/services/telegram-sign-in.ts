import type { Language } from "@razgazdayson/core";
import type { Repositories, UserRow } from "@razgazdayson/db";

export type TelegramIdentity = {
  telegramId: number;
  firstName: string | null;
  username: string | null;
  languageCode: string | undefined;
};

export type SignInDeps = {
  repos: Repositories;
  trialDays: number;
  referral: { trialBonusDays: number };
};

const RUSSIAN_FIRST = new Set(["ru", "uk", "be", "kk", "uz", "ky", "tg", "hy", "az", "ka"]);
export const languageFromCode = (code: string | undefined): Language =>
  !code || RUSSIAN_FIRST.has(code.slice(0, 2).toLowerCase()) ? "ru" : "en";

/**
 * Links a newcomer to the owner of a referral code: extra trial days for the newcomer. No
 * self-referral, and only accounts that are new right now (existing users cannot be referred).
 */
export const applyReferral = async (
  deps: SignInDeps,
  newcomer: UserRow,
  code: string | undefined,
): Promise<void> => {
  if (!code) return;
  const referrer = await deps.repos.users.findByReferralCode(code.replace(/^ref_/, ""));
  if (!referrer || referrer.id === newcomer.id) return;
  if (await deps.repos.billing.linkReferral(referrer.id, newcomer.id)) {
    await deps.repos.users.startTrial(newcomer.id, deps.referral.trialBonusDays);
  }
};

/**
 * Signs a Telegram user in. A guest who signs in keeps their journal: a new Telegram user
 * becomes that account, an existing one receives the guest's dreams (exactly once).
 */
export const signInWithTelegram = async (
  deps: SignInDeps,
  identity: TelegramIdentity,
  options: { guestUserId?: string | undefined; referralCode?: string | undefined },
): Promise<{ user: UserRow; isNew: boolean }> => {
  const existing = await deps.repos.users.findByTelegramId(identity.telegramId);
  const guest = options.guestUserId ? await deps.repos.users.findById(options.guestUserId) : undefined;
  const fields = { username: identity.username, firstName: identity.firstName };
  if (existing) {
    if (guest?.isGuest) await deps.repos.users.mergeGuestInto(guest.id, existing.id);
    return { user: existing, isNew: false };
  }
  let user: UserRow | undefined;
  if (guest?.isGuest) {
    await deps.repos.users.attachTelegram(guest.id, {
      telegramId: identity.telegramId,
      ...fields,
      trialDays: deps.trialDays,
    });
    user = await deps.repos.users.findById(guest.id);
  }
  user ??= await deps.repos.users.create({
    telegramId: identity.telegramId,
    ...fields,
    language: languageFromCode(identity.languageCode),
    timezone: "UTC",
    isGuest: false,
    trialDays: deps.trialDays,
  });
  await applyReferral(deps, user, options.referralCode);
  return { user: (await deps.repos.users.findById(user.id)) ?? user, isNew: true };
};
