import { MARSAD_API_URL } from 'astro:env/server'
import { httpAnswers } from './http-answers.ts'

/** The API on Node: over loopback by default, or wherever MARSAD_API_URL points (http or https). */
export const apiFetch = httpAnswers(new URL(MARSAD_API_URL ?? 'http://127.0.0.1:8787'))
