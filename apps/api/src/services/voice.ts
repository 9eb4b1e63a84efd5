import type { Speech } from "@razgazdayson/ai";
import { AppError, DREAM_TEXT_MAX, DREAM_TEXT_MIN } from "@razgazdayson/core";
import { fileTypeFromBuffer } from "file-type";
import { parseBuffer } from "music-metadata";

/** Audio containers we accept, by sniffed MIME type (never by file name). */
const ACCEPTED = new Map([
  ["audio/ogg", "ogg"],
  ["audio/opus", "ogg"],
  ["audio/webm", "webm"],
  ["video/webm", "webm"],
  ["audio/mpeg", "mp3"],
  ["audio/wav", "wav"],
  ["audio/vnd.wave", "wav"],
  ["audio/x-wav", "wav"],
  ["audio/mp4", "m4a"],
  ["audio/x-m4a", "m4a"],
  ["video/mp4", "m4a"],
]);

/** When a container does not state its length, assume a generous voice bitrate (64 kbit/s). */
const ESTIMATED_BYTES_PER_SECOND = 8000;

export type VoiceLimits = { maxBytes: number; maxSeconds: number };

const BASE64 = /^[A-Za-z0-9+/\s]*={0,2}\s*$/;

/** Decodes `voice_data` (plain base64 or a data: URL) with a clear error for anything else. */
export const decodeVoiceData = (value: string): Buffer => {
  const payload = value.replace(/^data:[\w/.+-]+;base64,/, "");
  if (!BASE64.test(payload)) {
    throw new AppError("VALIDATION_ERROR", {
      message: "voice_data must be base64-encoded audio",
      details: [{ field: "body.voice_data", message: "not base64" }],
    });
  }
  return Buffer.from(payload, "base64");
};

/**
 * Checks a voice message (size, real format by its content, duration within the tier's limit)
 * and turns it into dream text.
 */
export const transcribeVoice = async (
  speech: Speech | undefined,
  limits: VoiceLimits,
  audio: Buffer,
  language?: string,
): Promise<string> => {
  if (!speech) {
    throw new AppError("VOICE_UNAVAILABLE", {
      message: "Voice dreams need a speech-to-text provider, and none is configured. Please type the dream.",
    });
  }
  if (audio.length === 0) throw new AppError("VALIDATION_ERROR", { message: "The audio is empty" });
  if (audio.length > limits.maxBytes) {
    throw new AppError("PAYLOAD_TOO_LARGE", {
      message: `Audio over ${Math.round(limits.maxBytes / 1048576)} MiB`,
    });
  }
  const type = await fileTypeFromBuffer(audio);
  const ext = type ? ACCEPTED.get(type.mime) : undefined;
  if (!type || !ext) {
    throw new AppError("UNSUPPORTED_AUDIO", {
      message: "Unsupported audio: send ogg/opus, webm, mp3, wav or m4a",
      details: { detected: type?.mime ?? null },
    });
  }
  const metadata = await parseBuffer(audio, { mimeType: type.mime }, { duration: true }).catch(
    () => undefined,
  );
  const seconds = metadata?.format.duration ?? audio.length / ESTIMATED_BYTES_PER_SECOND;
  if (seconds > limits.maxSeconds) {
    throw new AppError("AUDIO_TOO_LONG", {
      message: `The voice message is ${Math.round(seconds)} s long; your plan allows up to ${limits.maxSeconds} s`,
      details: { seconds: Math.round(seconds), max_seconds: limits.maxSeconds },
    });
  }
  let text: string;
  try {
    text = await speech.transcribe({ data: audio, filename: `dream.${ext}`, mime: type.mime, language });
  } catch (error) {
    throw new AppError("SERVICE_UNAVAILABLE", {
      message: "Speech recognition is unavailable right now. Please try again or type the dream.",
      cause: error,
      retryAfterSeconds: 30,
    });
  }
  if ([...text.trim()].length < DREAM_TEXT_MIN) {
    throw new AppError("VOICE_UNRECOGNIZED", {
      message: "We could not make out a dream in this recording. Please speak a little longer or type it.",
      details: { transcript: text },
    });
  }
  return [...text.trim()].slice(0, DREAM_TEXT_MAX).join("");
};
