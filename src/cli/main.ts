import './commands';
import { start } from './start';

start();
